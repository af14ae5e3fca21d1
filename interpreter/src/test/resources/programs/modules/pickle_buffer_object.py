# pickle.PickleBuffer as an object (Objects/picklebufobject.c): what it exports (memoryview and
# bytes of it, the view's obj being the wrapped object), raw() over bytes, bytearray, array and
# sliced views (BufferError when not contiguous), release() and its ValueError, the export it
# keeps (a bytearray cannot resize until release), its size, gc tracking and referents, weak
# references, the refused subclass and arguments, and the ZeroCopyByteArray example of the pickle
# documentation round-tripping in band and out of band.
import array
import gc
import pickle
import sys
import weakref

PB = pickle.PickleBuffer
print(PB.__module__, PB.__name__, PB.__qualname__, repr(PB))
data = bytearray(b'abcdef')
pb = PB(data)
print(repr(pb).startswith('<pickle.PickleBuffer object at 0x'), sys.getsizeof(pb), gc.is_tracked(pb))
print(gc.get_referents(pb) == [data], sys.getrefcount(data))
m = memoryview(pb)
print(m.obj is data, m.readonly, m.format, m.nbytes, bytes(pb), bytearray(pb))
m[0] = ord('A')
print(data)
try:
    data.append(1)
except BufferError as e:
    print('BufferError', e)
m.release()
r = pb.raw()
print(type(r).__name__, r.obj is data, r.format, r.itemsize, r.shape, r.ndim, r.contiguous, r.tobytes())
r.release()
pb.release()
pb.release()
data.append(ord('g'))
print(data, gc.get_referents(pb), sys.getrefcount(data))
for f in (lambda: memoryview(pb), lambda: bytes(pb), pb.raw):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

a = array.array('h', [1, 2, 3, 4])
r = PB(a).raw()
print(r.format, r.itemsize, r.shape, r.tobytes() == a.tobytes())
r.release()
q = PB(memoryview(b'xyz'))
print(bytes(q), q.raw().readonly)
try:
    PB(memoryview(a)[::2]).raw()
except BufferError as e:
    print('BufferError', e)
w = weakref.ref(q)
print(w() is q)
del q
print(w())
for bad in [lambda: PB(), lambda: PB(b'a', b'b'), lambda: PB(buffer=b'a'), lambda: PB(b'a', x=1), lambda: PB('text'), lambda: PB(5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    class Sub(PB):
        pass
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in dir(PB) if not n.startswith('__')))


class ZeroCopyByteArray(bytearray):
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (PB(self),), None
        return type(self)._reconstruct, (bytearray(self),)

    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            if type(obj) is cls:
                return obj
            return cls(obj)


b = ZeroCopyByteArray(b'abc')
for proto in (4, 5):
    data = pickle.dumps(b, protocol=proto)
    new_b = pickle.loads(data)
    print(proto, type(new_b).__name__, new_b, new_b is b)
print(len(pickle.dumps(b, protocol=5)))
buffers = []
data = pickle.dumps(b, protocol=5, buffer_callback=buffers.append)
new_b = pickle.loads(data, buffers=buffers)
print(len(buffers), new_b is b, bytes(buffers[0]))
shared = PB(b'same')
print(pickle.loads(pickle.dumps([shared, shared], protocol=5)))
