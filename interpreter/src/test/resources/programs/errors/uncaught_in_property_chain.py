# An AttributeError raised inside a property getter while __getattr__ is defined: the
# property's error is swallowed and __getattr__ is consulted, whose own KeyError chain ends
# the program (the traceback shows both exceptions, "During handling...").
class Config:
    def __init__(self, data):
        self._data = data

    @property
    def port(self):
        return self._data.port_number

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None


c = Config({"host": "localhost"})
print(c.host)
try:
    c.timeout
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__)
print(c.port)
