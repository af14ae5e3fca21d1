# A config loader wrapping errors at each layer with `raise ... from`: three chained reports
# joined by "The above exception was the direct cause of the following exception", the root
# a ValueError from int().
class ConfigError(Exception):
    pass

class StartupError(Exception):
    pass

def parse_port(text):
    return int(text)

def load(settings):
    try:
        return {"port": parse_port(settings["port"])}
    except ValueError as e:
        raise ConfigError(f"bad port {settings['port']!r}") from e

def start(settings):
    try:
        return load(settings)
    except ConfigError as e:
        raise StartupError("service cannot start") from e

print(start({"port": "8080"}))
start({"port": "80a"})
