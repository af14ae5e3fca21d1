# A request handler that stores exceptions for a later report: each stored exception keeps its
# traceback's frames and their locals (a large buffer) alive; traceback.clear_frames releases
# the locals while keeping the report, and raising on a running frame refuses to clear it.
import sys
import traceback
import weakref


class Buffer:
    def __init__(self, n):
        self.data = bytearray(n)


errors = []


def parse_body(body):
    buf = Buffer(1024)
    if not body:
        raise ValueError("empty body")
    return len(buf.data)


def handle(request_id, body):
    scratch = Buffer(2048)
    try:
        return parse_body(body)
    except ValueError as e:
        errors.append((request_id, e))
        return None


probes = []
for rid, body in enumerate([b"ok", b"", b"x", b""]):
    handle(rid, body)
print("errors:", [(rid, str(e)) for rid, e in errors])
for rid, e in errors:
    tb = e.__traceback__
    frames = [f.f_code.co_name for f, _ in traceback.walk_tb(tb)]
    print("request", rid, "frames:", frames)
    probes.append(weakref.ref(tb.tb_next.tb_frame.f_locals["buf"]))
    print("  scratch size:", len(tb.tb_frame.f_locals["scratch"].data))
print("buffers alive:", [p() is not None for p in probes])
for rid, e in errors:
    traceback.clear_frames(e.__traceback__)
print("buffers alive after clear_frames:", [p() is not None for p in probes])
print("report still formats:")
print("".join(traceback.format_exception_only(type(errors[0][1]), errors[0][1])), end="")
print("locals now:", errors[0][1].__traceback__.tb_frame.f_locals)


def current():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            e.__traceback__.tb_frame.clear()
        except RuntimeError as err:
            print("clearing the running frame:", err)


current()
print("refcount of a stored exception:", sys.getrefcount(errors[1][1]))
