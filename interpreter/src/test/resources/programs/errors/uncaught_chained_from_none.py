# raise ... from None hides the context; raise from another exception shows the cause; both uncaught forms
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"bad port {text!r}") from None

def load(settings):
    try:
        return parse_port(settings["port"])
    except KeyError as e:
        raise ConfigError("missing port") from e

print(load({"port": "8080"}))
for s in [{"port": "x"}, {}]:
    try:
        load(s)
    except ConfigError as e:
        print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    load({"port": "eighty"})
except ConfigError as e:
    e.add_note("while loading settings.ini")
    raise RuntimeError("startup failed") from e
