# types.ModuleType(name, doc=None): its arguments by position or keyword (Argument Clinic's
# module.__init__), the errors for a missing, wrong or extra argument, and a subclass made with
# keywords.
import types

cases = [((), {}), ((1,), {}), (("x",), {"doc": 2, "z": 1}), (("x", "d", "e"), {}),
         ((), {"name": "n"}), (("p",), {"doc": "the doc"}), ((), {"name": "q", "doc": None})]
for args, kwargs in cases:
    try:
        m = types.ModuleType(*args, **kwargs)
        print(repr(m), repr(m.__doc__), sorted(vars(m)))
    except TypeError as e:
        print("TypeError", e)


class Plugin(types.ModuleType):
    def describe(self):
        return f"{self.__name__}: {self.__doc__}"


p = Plugin(name="plug", doc="a plugin")
print(type(p).__name__, p.describe(), isinstance(p, types.ModuleType))
