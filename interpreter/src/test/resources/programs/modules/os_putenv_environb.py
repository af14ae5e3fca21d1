# os.putenv/unsetenv change what the children inherit but not os.environ; os.environ's own
# changes go through them (a bad name fails before anything is stored); os.environb is the
# bytes view of the same mapping; the argument errors are posixmodule.c's.
import os
import subprocess


def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def child(script):
    return subprocess.run(["sh", "-c", script], capture_output=True, text=True).stdout.strip()


for args in [("A=B", "x"), ("", "x"), (1, "x"), ("A", "x\0"), ("A", 1), ("A\0", "x")]:
    attempt(f"putenv{args!r}", lambda: os.putenv(*args))
for args in [("A=B",), ("",), (1,), ("A\0",), ("NEVER_SET_ANYWHERE",)]:
    attempt(f"unsetenv{args!r}", lambda: os.unsetenv(*args))
for key in ["A=B", "", 1]:
    attempt(f"environ[{key!r}] =", lambda: os.environ.__setitem__(key, "x"))
print("A=B" in os.environ, "" in os.environ)
attempt("environ value", lambda: os.environ.__setitem__("PYHEAP_V", 5))
attempt("environb str key", lambda: os.environb.__setitem__("x", b"x"))

print(os.supports_bytes_environ, type(os.environb).__name__, os.getenvb(b"PYHEAP_NOT_SET", b"dflt"))
os.environb[b"PYHEAP_BYTES"] = b"v\xff"
print(repr(os.environ["PYHEAP_BYTES"]), os.environb[b"PYHEAP_BYTES"], os.getenvb(b"PYHEAP_BYTES"))
del os.environ["PYHEAP_BYTES"]
print(b"PYHEAP_BYTES" in os.environb, "PYHEAP_BYTES" in os.environ)

os.putenv("PYHEAP_PUT", "seen by the child")
os.environ["PYHEAP_SET"] = "set through environ"
print(child("echo \"$PYHEAP_PUT / $PYHEAP_SET\""))
print("PYHEAP_PUT" in os.environ, os.environ["PYHEAP_SET"])
os.unsetenv("PYHEAP_PUT")
os.unsetenv("PYHEAP_SET")
print(child("echo \"[$PYHEAP_PUT] [$PYHEAP_SET]\""))
print(os.environ.get("PYHEAP_SET"))
os.environ.pop("PYHEAP_SET")
os.environ.setdefault("PYHEAP_DEFAULT", "d")
print(child("echo $PYHEAP_DEFAULT"), os.environ.copy()["PYHEAP_DEFAULT"])
print(child("env | grep -c '^PYHEAP_DEFAULT=' || true"))
