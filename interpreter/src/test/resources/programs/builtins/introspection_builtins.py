# Introspection builtins as debugging helpers use them: type/isinstance/issubclass with tuples
# and unions, getattr/setattr/hasattr/delattr with defaults and errors, vars() and its TypeError,
# dir() of instances and modules filtered, callable(), id() equality, hash() of immutables,
# chr/ord edges, bin/oct/hex, ascii/repr of odd strings, globals/locals in functions, and
# __import__/importlib for a module by name.
import importlib, math

class Base:
    kind = "base"
    def method(self):
        return 1
class Child(Base):
    __slots__ = ()
class Plain(Base):
    def __init__(self):
        self.x = 1

p = Plain()
print(type(p).__name__, type(p) is Plain, isinstance(p, (int, Base)), isinstance(p, int | Base), issubclass(Child, (str, Base)), issubclass(bool, int | str))
try:
    isinstance(p, [Base])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(p, Base)
except TypeError as e:
    print("TypeError:", e)
print(getattr(p, "x"), getattr(p, "y", "default"), hasattr(p, "kind"), hasattr(p, "nope"))
setattr(p, "y", 2)
delattr(p, "y")
for act in (lambda: getattr(p, "zz"), lambda: delattr(p, "zz"), lambda: getattr(p, 5), lambda: setattr(1, "a", 2), lambda: delattr(Plain, "method")):
    try:
        act()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(vars(p), sorted(vars(Plain))[:3], type(vars(Plain)).__name__)
try:
    vars(Child())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(p) if not n.startswith("__")], [n for n in dir(math) if n.startswith("is")], dir() == sorted(dir()))
print(callable(p), callable(Plain), callable(p.method), callable(len), callable(None), callable(lambda: 0), callable(type))
a = "some text"
b = a
print(id(a) == id(b), a is b, hash((1, "a", None, 2.5)) == hash((1, "a", None, 2.5)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(chr(65), chr(0x1F600), ord("€"), ord("\U0010FFFF"), chr(0), repr(chr(127)), repr(chr(0xAD)))
for act in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord("ab"), lambda: ord(""), lambda: ord(b"xy"), lambda: chr("a")):
    try:
        act()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(bin(10), bin(-10), oct(64), hex(255), hex(-1), bin(0), format(10, "#010b"), int(bin(-37), 2), int("0o777", 8), int(" 42 "), int("1_000"))
print(ascii("café ☕ \n"), repr("tab\there"), repr('quote"s'), repr("it's"), repr("both'\""), repr("\x00\x1f\x7f"), repr("\u2028"), str(b"bytes"))
def scope_probe(arg):
    local_var = 1
    return sorted(locals()), "scope_probe" in globals(), "__name__" in globals()
print(scope_probe(0))
json_mod = importlib.import_module("json")
m2 = __import__("os.path")
print(json_mod.__name__, m2.__name__, importlib.import_module("os.path").__name__, __import__("collections.abc", fromlist=["Mapping"]).__name__)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
print(type(type), type(object), type.__mro__, object.__bases__, Plain.__base__, Plain.__mro__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
