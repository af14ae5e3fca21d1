# contextlib objects counted: a @contextmanager holds its generator (and the
# generator its locals) only while the with block runs; ExitStack holds each
# callback and its arguments until close(); the value bound by 'as' is
# just another reference.
import contextlib
import sys

def rc(obj):
    return sys.getrefcount(obj) - 1

resource = ["resource"]

@contextlib.contextmanager
def opened(res):
    handle = res
    yield handle

print("before", rc(resource))
cm = opened(resource)
print("cm made (gen not started)", rc(resource))
with cm as h:
    print("inside with, bound as h ", rc(resource), h is resource)
print("after the block          ", rc(resource))
del cm, h
print("cm and h dropped         ", rc(resource))
stack = contextlib.ExitStack()
stack.callback(print, "closing", resource)
print("callback registered      ", rc(resource))
stack.enter_context(opened(resource))
print("context entered          ", rc(resource))
stack.close()
print("stack closed             ", rc(resource))
with contextlib.ExitStack() as st:
    st.push(lambda *exc: False)
    moved = st.pop_all()
print("pop_all moved callbacks  ", len(moved._exit_callbacks))
moved.close()
with contextlib.suppress(KeyError):
    {}[resource[0]]
print("suppress keeps nothing   ", rc(resource))
nc = contextlib.nullcontext(resource)
with nc as same:
    print("nullcontext gives it back", same is resource, rc(resource))
