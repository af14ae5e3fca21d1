# Global and builtin loads at one site, run many times while the module's globals and the
# builtins change under them: each change must be seen at once (the inline caches must not go stale).
import builtins

counter = 0


def read():
    return counter


def use_len(x):
    return len(x)


for i in range(100):
    counter = i
    assert read() == i
print("rebound:", read())

# a global shadows a builtin, then goes away
for i in range(60):
    use_len("abc")
len = lambda x: "global len"
print(use_len("abc"))
del len
print(use_len("abc"))

# the builtin itself replaced
original = builtins.len
builtins.len = lambda x: "patched builtin"
print(use_len("abc"))
builtins.len = original
print(use_len("abc"))

# deleted global: NameError at the cached site
def read_gone():
    return gone


gone = 1
for i in range(60):
    read_gone()
del gone
try:
    read_gone()
except NameError as e:
    print(e)

# a global set through globals()
def f():
    return counter


for i in range(60):
    f()
globals()["counter"] = "via globals()"
print(f())
