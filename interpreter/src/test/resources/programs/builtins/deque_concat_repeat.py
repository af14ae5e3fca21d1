# deque's sequence slots: + with another deque (a copy, its maxlen kept), += any iterable, * and *= (a
# bounded deque keeps its last items), reflected *, their errors; subclasses copied through their type.
from collections import deque
a = deque([1, 2, 3]); b = deque("ab", maxlen=5)
print(a + b, b + a, a * 2, 2 * a, a * 0, a * -1, deque() * 5, b * 3, (b * 3).maxlen, deque([7]) * 4)
c = a; c += [4, 5]; print(c is a, a); c += deque("x"); print(a)
d = deque([1, 2], maxlen=3); d *= 3; print(d); d *= 1; print(d); d *= 0; print(d, d.maxlen)
e = deque(range(4), maxlen=10); e *= 4; print(e, len(e))
try: a + [1]
except TypeError as ex: print(ex)
try: a * 1.5
except TypeError as ex: print(ex)
try: a + 1
except TypeError as ex: print(ex)
class D(deque):
    def __init__(self, *args): print("init", args); super().__init__(*args)
x = D([1, 2]); y = x + deque([3]); print(type(y).__name__, y); z = x * 2; print(type(z).__name__, z)
f = deque([None]); f *= 3; print(f)
it = iter(a); a *= 2
try: next(it)
except RuntimeError as ex: print(ex)
print([k for k in ("__add__", "__mul__", "__rmul__", "__iadd__", "__imul__") if k in deque.__dict__])
