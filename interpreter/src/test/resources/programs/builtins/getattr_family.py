# getattr, setattr, hasattr, delattr, vars, dir on instances and classes.
class Config:
    mode = "fast"

    def __init__(self):
        self.level = 3

c = Config()
print(getattr(c, "level"), getattr(c, "mode"), getattr(c, "missing", None), hasattr(c, "mode"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(vars(c), c.__dict__ is vars(c))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"), [n for n in dir(c) if not n.startswith("_")])
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "mode")
except AttributeError as e:
    print("AttributeError:", e)
