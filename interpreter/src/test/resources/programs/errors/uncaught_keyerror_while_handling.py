# Error case: an uncaught KeyError raised inside a nested call chain while handling another error.
config = {"db": {"host": "localhost"}}

def get_port(cfg):
    return cfg["db"]["port"]

def connect(cfg):
    try:
        port = get_port(cfg)
    except KeyError as e:
        raise ConnectionError(f"missing setting {e}") from None
    return port

def main():
    try:
        connect(config)
    except ConnectionError:
        settings = {k: v for k, v in config.items()}
        return settings["cache"]["size"]

print("starting")
main()
