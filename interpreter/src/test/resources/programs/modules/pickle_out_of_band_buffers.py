# Pickle protocol 5's out-of-band buffers (PEP 574) as a program shipping large arrays uses them:
# pickle.PickleBuffer over bytes, bytearray and a memoryview (raw(), release(), readonly-ness),
# dumps with buffer_callback keeping some buffers in band (a callback returning True), loads
# with buffers= (bytearray back for writable buffers, the PickleBuffer object itself when the
# class has no reducer), protocol < 5 refusing PickleBuffer, and the missing-buffers errors.
import array
import io
import pickle
import pickletools

class Matrix:
    def __init__(self, rows, cols, data):
        self.rows, self.cols, self.data = rows, cols, data
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._rebuild, (self.rows, self.cols, pickle.PickleBuffer(self.data))
        return type(self)._rebuild, (self.rows, self.cols, bytes(self.data))
    @classmethod
    def _rebuild(cls, rows, cols, data):
        return cls(rows, cols, bytearray(data) if not isinstance(data, bytearray) else data)

data = bytearray(b'large buffer contents')
buffers = []
blob = pickle.dumps(pickle.PickleBuffer(data), protocol=5, buffer_callback=buffers.append)
print(len(blob), len(buffers), bytes(buffers[0].raw()), buffers[0].raw().readonly)
back = pickle.loads(blob, buffers=buffers)
print(type(back).__name__, bytes(back), back is data)
try:
    pickle.loads(blob)
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

m = Matrix(2, 3, bytearray(range(6)))
for proto in (4, 5):
    bufs = []
    kw = {'buffer_callback': bufs.append} if proto == 5 else {}
    b = pickle.dumps(m, protocol=proto, **kw)
    m2 = pickle.loads(b, buffers=bufs)
    print(proto, len(b), len(bufs), type(m2.data).__name__, bytes(m2.data), m2.rows, m2.cols)
b = pickle.dumps(m, protocol=5, buffer_callback=lambda buf: True)
print(len(b), bytes(pickle.loads(b).data))
out = io.StringIO()
pickletools.dis(pickle.dumps(m, protocol=5, buffer_callback=lambda buf: False), out=out)
print([line.split()[2] for line in out.getvalue().splitlines() if 'BUFFER' in line or 'BYTEARRAY8' in line])

ro = pickle.PickleBuffer(b'read only bytes')
print(ro.raw().readonly, ro.raw().format, ro.raw().nbytes)
bufs = []
b = pickle.dumps(ro, protocol=5, buffer_callback=bufs.append)
print(b[-3:], type(pickle.loads(b, buffers=bufs)).__name__)
print(pickle.loads(pickle.dumps(ro, protocol=5)), pickle.loads(pickle.dumps(pickle.PickleBuffer(bytearray(b'w')), protocol=5)))
mv = memoryview(array.array('i', [1, 2, 3]))
pb = pickle.PickleBuffer(mv)
print(pb.raw().format, pb.raw().itemsize, len(pb.raw()))
pb.release()
try:
    pb.raw()
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: pickle.dumps(pickle.PickleBuffer(b'x'), protocol=4), lambda: pickle.PickleBuffer(5),
            lambda: pickle.dumps(1, protocol=4, buffer_callback=print),
            lambda: pickle.loads(pickle.dumps(pickle.PickleBuffer(b'x'), 5, buffer_callback=lambda b: False), buffers=[])]:
    try:
        print(bad())
    except (pickle.PicklingError, pickle.UnpicklingError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
