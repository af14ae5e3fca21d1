# __getattr__ is called only for missing attributes; __setattr__ for every assignment;
# getattr/setattr/hasattr/delattr use them.
class Record:
    def __init__(self):
        object.__setattr__(self, "data", {})

    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        self.data[name] = value

r = Record()
r.x = 1
setattr(r, "y", 2)
print(r.x, getattr(r, "y"), hasattr(r, "z"), getattr(r, "z", "default"), r.data)
try:
    r.z
except AttributeError as e:
    print("AttributeError:", e)
