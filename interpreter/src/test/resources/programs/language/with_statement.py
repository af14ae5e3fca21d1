# with calls __enter__ and __exit__; __exit__ sees the exception and may suppress it.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

with Resource("a") as r:
    print("body uses", r.name)
with Resource("b", suppress=True):
    raise KeyError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Resource("d") as d, Resource("e") as e:
    print("two managers")
