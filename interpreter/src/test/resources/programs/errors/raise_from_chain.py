# An exception raised "from" another prints both, joined by "The above exception was the direct
# cause of the following exception:".
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number in config") from e

parse("12x")
