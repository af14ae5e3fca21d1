# sys.builtin_module_names: a sorted tuple of the names of the modules built into the
# interpreter; sys.stdlib_module_names: a frozenset of the standard library's top-level names
# (packages and modules, whether or not they can be imported here).
import sys

names = sys.builtin_module_names
print(type(names).__name__, names == tuple(sorted(names)), all(type(n) is str for n in names))
for name in ("builtins", "sys", "gc", "time", "atexit", "_thread", "_weakref", "_collections", "_tracemalloc"):
    print(name, name in names)
for name in ("json", "collections", "weakref", "tracemalloc"):
    print(name, name in names)
std = sys.stdlib_module_names
print(type(std).__name__, len(std))
for name in ("collections", "os", "json", "gc", "asyncio", "tkinter", "antigravity", "numpy", "__main__"):
    print(name, name in std)
