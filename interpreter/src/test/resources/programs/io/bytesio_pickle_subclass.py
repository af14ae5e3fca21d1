# io.BytesIO's __getstate__/__setstate__ (value, position, __dict__ copy) and what pickle and copy
# make of them at each protocol (protocol 0 and 1 refuse the C type), a subclass with a __dict__,
# its own methods and weak references; __setstate__'s checks; the type's MRO, flags and namespace.
import copy
import io
import pickle
import weakref

b = io.BytesIO(b"abcdef")
b.seek(2)
print(b.__getstate__())
b.note = "kept"
state = b.__getstate__()
print(state, state[2] is b.__dict__)
for proto in range(6):
    try:
        c = pickle.loads(pickle.dumps(b, proto))
        print(proto, type(c).__name__, c.getvalue(), c.tell(), c.__dict__)
    except Exception as e:
        print(proto, type(e).__name__, e)
d = copy.copy(b)
print("copy:", d.getvalue(), d.tell(), d.note, d.__dict__ is b.__dict__)
e = copy.deepcopy(b)
print("deepcopy:", e.getvalue(), e.tell(), e.note)

n = io.BytesIO(b"zz")
n.extra = 1
n.__setstate__((b"fresh", 3, {"more": 2}))
print(n.getvalue(), n.tell(), sorted(n.__dict__.items()))
n.__setstate__((bytearray(b"ba"), 0, None, "ignored"))
print(n.getvalue(), n.tell(), sorted(n.__dict__.items()))
for bad in [1, (b"", 0), (b"", -1, None), (b"", "1", None), (b"", 0, []), ("str", 0, None)]:
    try:
        n.__setstate__(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)


class Log(io.BytesIO):
    def __init__(self, data=b"", tag="t"):
        super().__init__(data)
        self.tag = tag
        self.writes = 0

    def write(self, b):
        self.writes += 1
        return super().write(b)

    def readline(self, size=-1):
        return super().readline(size).upper()


s = Log(b"one\ntwo\n", tag="x")
print(type(s).__mro__)
print(s.tag, list(s), s.writes)
s.writelines([b"a", b"b"])
print("writelines through write:", s.writes, s.getvalue())
r = weakref.ref(s)
print(r() is s, s.__dict__)
t = pickle.loads(pickle.dumps(s, 2))
print(type(t).__name__, t.tag, t.getvalue(), t.tell())
del s, t
print("ref cleared:", r())
print(io.BytesIO.__mro__)
print(io.BytesIO.__module__, io.BytesIO.__name__, io.BytesIO.__qualname__, repr(io.BytesIO))
print(isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.BytesIO, io.IOBase))
print(io.BytesIO.__flags__ & (1 << 9) != 0, io.BytesIO.__flags__ & (1 << 14) != 0, io.BytesIO.__flags__ & (1 << 10) != 0)
print(io.BytesIO.__dictoffset__, io.BytesIO.__weakrefoffset__, io.BytesIO.__basicsize__)
weakref.ref(io.BytesIO())
