# try/except/else/finally flow: return in finally, exception variables cleared, bare raise, sys.exc_info.
import sys

def flow(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(flow("none"), flow("value"))
try:
    flow("key")
except KeyError as e:
    print("escaped", repr(e))

def finally_wins():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"

print(finally_wins(), finally_swallows())
try:
    raise IndexError("x")
except IndexError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

def reraiser():
    try:
        int("z")
    except ValueError:
        print("inside handler:", sys.exc_info()[0].__name__)
        raise

try:
    reraiser()
except ValueError as e:
    print("re-raised", e)
print("outside handler:", sys.exc_info(), sys.exception())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_control())
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise Custom(404, "not found")
except Exception as e:
    print(e, repr(e), e.args, isinstance(e, Custom))
e = OSError(2, "No such file", "x.txt")
print(e, e.errno, e.strerror, e.filename, type(e).__name__, repr(FileNotFoundError(2, "gone")))
print(repr(KeyError()), str(KeyError("a")), str(KeyError("a", "b")), repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
