# pickle's errors: local and lambda functions and classes that cannot be found again, a bad
# protocol, truncated or invalid data, an empty input, loads of str, and the exception classes.
import io, pickle, re

def make_local():
    class Local:
        pass
    return Local

top = lambda: 0

def renamed():
    pass

first = renamed

def renamed():
    pass

checks = [
    lambda: pickle.dumps(top),
    lambda: pickle.dumps(first),
    lambda: pickle.dumps(lambda: 0),
    lambda: pickle.dumps(make_local()),
    lambda: pickle.dumps(make_local()()),
    lambda: pickle.dumps(1, 6),
    lambda: pickle.loads(b""),
    lambda: pickle.loads(b"\x80\x04\x95"),
    lambda: pickle.loads(b"\x80\x05K"),
    lambda: pickle.loads(b"zzz"),
    lambda: pickle.loads("text"),
    lambda: pickle.loads(b"\x80\x09N."),
    lambda: pickle.loads(b"h\x05."),
]
for check in checks:
    try:
        print(check())
    except Exception as e:
        print(type(e).__name__, type(e).__module__, "|", re.sub(" at 0x[0-9a-f]+", "", str(e)))
print(pickle.PicklingError.__mro__)
print(issubclass(pickle.UnpicklingError, pickle.PickleError))
f = io.BytesIO()
pickle.dump({"k": [1, 2]}, f, 2)
pickle.dump("second", f)
f.seek(0)
print(f.getvalue())
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError:", e)
f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dump([1])
p.dump("x")
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load())
