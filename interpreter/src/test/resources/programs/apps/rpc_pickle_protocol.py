# A whole application: a message-passing RPC layer over in-memory pipes: requests and replies
# framed with a length prefix and pickled (custom __reduce_ex__, copyreg reducers for a class the
# layer does not own, persistent ids for server-side handles, a restricted Unpickler whose
# find_class refuses globals outside an allow-list), pickletools.dis and optimize on the wire
# bytes, the sizes of each protocol, and the errors a hostile or truncated message raises.
import copyreg
import io
import pickle
import pickletools
import struct
from collections import OrderedDict, namedtuple
from fractions import Fraction

Point = namedtuple("Point", "x y")


class Vector:
    """A class the RPC layer does not own: pickled through copyreg."""

    def __init__(self, *xs):
        self.xs = list(xs)

    def __eq__(self, other):
        return isinstance(other, Vector) and other.xs == self.xs

    def __repr__(self):
        return f"Vector{tuple(self.xs)}"


def reduce_vector(v):
    return Vector, tuple(v.xs)


copyreg.pickle(Vector, reduce_vector)


class Handle:
    """A server-side object sent as a persistent id, never by value."""

    registry = {}

    def __init__(self, name):
        self.name = name
        Handle.registry[name] = self

    def __repr__(self):
        return f"<Handle {self.name}>"


class Request:
    def __init__(self, method, *args, **kwargs):
        self.method, self.args, self.kwargs = method, args, kwargs

    def __reduce_ex__(self, protocol):
        return (Request._rebuild, (self.method, self.args, tuple(sorted(self.kwargs.items())), protocol))

    @staticmethod
    def _rebuild(method, args, kwargs, protocol):
        r = Request(method, *args, **dict(kwargs))
        r.sent_with = protocol
        return r


class WirePickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Handle):
            return ("handle", obj.name)
        return None


class SafeUnpickler(pickle.Unpickler):
    ALLOWED = {("__main__", "Request._rebuild"), ("__main__", "Vector"), ("__main__", "Point"), ("fractions", "Fraction"),
               ("collections", "OrderedDict"), ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "complex"),
               ("builtins", "getattr")}

    def find_class(self, module, name):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")
        return super().find_class(module, name)

    def persistent_load(self, pid):
        kind, name = pid
        if kind != "handle" or name not in Handle.registry:
            raise pickle.UnpicklingError(f"unknown persistent id {pid!r}")
        return Handle.registry[name]


def encode(obj, protocol=4):
    buf = io.BytesIO()
    WirePickler(buf, protocol=protocol).dump(obj)
    payload = buf.getvalue()
    return struct.pack(">I", len(payload)) + payload


def decode_stream(data):
    view = memoryview(data)
    while view:
        if len(view) < 4:
            raise EOFError("truncated length prefix")
        (n,) = struct.unpack(">I", view[:4])
        if len(view) < 4 + n:
            raise EOFError(f"message needs {n} bytes, {len(view) - 4} left")
        yield SafeUnpickler(io.BytesIO(view[4:4 + n])).load()
        view = view[4 + n:]


class Server:
    def __init__(self):
        self.db = Handle("db")
        self.log = []

    def dispatch(self, req):
        fn = getattr(self, "rpc_" + req.method, None)
        if fn is None:
            return ("error", f"no method {req.method!r}")
        try:
            return ("ok", fn(*req.args, **req.kwargs))
        except Exception as exc:
            return ("error", f"{type(exc).__name__}: {exc}")

    def rpc_add(self, a, b):
        return a + b

    def rpc_scale(self, v, k=1):
        return Vector(*(x * k for x in v.xs))

    def rpc_query(self, handle, where):
        return f"{handle.name}: {sorted(where.items())}"

    def rpc_mid(self, p, q):
        return Point(Fraction(p.x + q.x, 2), Fraction(p.y + q.y, 2))


server = Server()
requests = [Request("add", 2, 3), Request("add", "ab", "cd"), Request("scale", Vector(1, 2, 3), k=10),
            Request("query", server.db, OrderedDict(b=2, a=1)), Request("mid", Point(1, 2), Point(2, 7)),
            Request("add", [1], (2,)), Request("nope"), Request("add", {1, 2}, frozenset({3})), Request("add", 1j, 2)]
wire = b"".join(encode(r) for r in requests)
print("wire bytes:", len(wire), "messages:", len(requests))
for req in decode_stream(wire):
    status, value = server.dispatch(req)
    print(f"  {req.method:<6} via protocol {req.sent_with}: {status:<5} {value!r}")

sizes = {p: len(encode(requests[2], p)) - 4 for p in range(pickle.HIGHEST_PROTOCOL + 1)}
print("sizes by protocol:", sizes, "default:", pickle.DEFAULT_PROTOCOL, "highest:", pickle.HIGHEST_PROTOCOL)
small = pickle.dumps((1, "two", 3.0, [None, True], {"k": b"v"}), protocol=2)
out = io.StringIO()
pickletools.dis(small, out=out)
print(out.getvalue())
opt = pickletools.optimize(pickle.dumps([["shared"] * 3, "x"], protocol=4))
print("optimized:", len(opt), [op.name for op, arg, pos in pickletools.genops(opt)][:8])
shared = pickle.loads(opt)
print("memo reuse:", shared[0][0] is shared[0][1], shared)

hostile = [
    pickle.dumps(print, protocol=2),
    b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x8c\x06system\x93.",
    pickle.dumps(Handle("ghost"), protocol=0),
]
for blob in hostile:
    try:
        SafeUnpickler(io.BytesIO(blob)).load()
    except pickle.UnpicklingError as exc:
        print("refused:", exc)
buf = io.BytesIO()
WirePickler(buf, protocol=3).dump([server.db, Handle("ghost")])
Handle.registry.pop("ghost")
try:
    SafeUnpickler(io.BytesIO(buf.getvalue())).load()
except pickle.UnpicklingError as exc:
    print("refused:", exc)
for bad in (wire[:-3], wire[:2], encode(Request("add", 1, 2))[:4] + b"\x80\x04garbage"):
    try:
        list(decode_stream(bad))
    except (EOFError, pickle.UnpicklingError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as exc:
    print(f"{type(exc).__name__}: ...{str(exc).rsplit(': ', 1)[1]}")
try:
    pickle.dumps(iter([]).__class__.__dict__)
except TypeError as exc:
    print("TypeError:", exc)
print("copyreg dispatch:", Vector in copyreg.dispatch_table, copyreg.__newobj__.__name__, pickle.loads(pickle.dumps(Vector(4, 5))))
print("reduce_ex:", Point(1, 2).__reduce_ex__(2)[0].__name__, Fraction(1, 3).__reduce__(), OrderedDict(a=1).__reduce__()[0].__name__)
