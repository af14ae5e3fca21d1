# A chunked reader app whose generators hold "open" resources in try/finally and with blocks:
# one exhausted, one closed early, one abandoned by del, one still suspended at exit (closed
# when the module's globals are cleared).
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)


def chunks(name, n):
    with Resource(name):
        try:
            for i in range(n):
                yield f"{name}[{i}]"
        finally:
            print("finally", name)


print(list(chunks("full", 2)))
g = chunks("early", 5)
print(next(g))
g.close()
h = chunks("dropped", 5)
print(next(h))
del h
k = chunks("suspended", 5)
print(next(k))
print("end of main")
