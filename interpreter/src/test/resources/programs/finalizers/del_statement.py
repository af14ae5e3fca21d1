# __del__ runs as soon as the last reference goes: at `del`, before the next statement.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

a = D("a")
b = a
del a
print("after del a (b still holds it)")
del b
print("after del b")
