# Sizes of functions, code objects, cells and frames: a code object's size
# grows with its bytecode (and its inline caches), a function's does not;
# closures, defaults and annotations add objects beside the function.
import sys

def empty():
    pass

def small(a, b):
    return a + b

def loop(items):
    total = 0
    for item in items:
        if item.value > 10:
            total += item.value * 2
        else:
            total -= item.other.attr
    return total

def with_defaults(a, b=1, *args, c=2, **kw) -> int:
    return a

def outer():
    x = 1
    def inner():
        return x
    return inner

for fn in (empty, small, loop, with_defaults, outer, outer()):
    code = fn.__code__
    print(f"{fn.__qualname__:<16} func={sys.getsizeof(fn):<4} code={sys.getsizeof(code):<5} "
          f"co_code={len(code.co_code):<4} names={len(code.co_names)} consts={len(code.co_consts)} "
          f"nlocals={code.co_nlocals} stacksize={code.co_stacksize}")
print("defaults:", with_defaults.__defaults__, with_defaults.__kwdefaults__, sys.getsizeof(with_defaults.__defaults__))
print("annotations:", with_defaults.__annotations__)
cell = outer().__closure__[0]
print("cell:", sys.getsizeof(cell), cell.cell_contents)
frame = sys._getframe()
print("module frame is a frame:", type(frame).__name__, frame.f_code.co_name)
lam = lambda: None
print("lambda vs def:", sys.getsizeof(lam) == sys.getsizeof(empty), lam.__code__.co_name)
print("flags:", empty.__code__.co_flags, outer().__code__.co_flags, (lambda *a, **k: 0).__code__.co_flags)
def gen():
    yield 1
print("generator flag:", bool(gen.__code__.co_flags & 0x20), "gen object:", sys.getsizeof(gen()))
