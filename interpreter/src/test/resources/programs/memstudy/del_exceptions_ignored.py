# Exceptions raised in __del__ are printed as "Exception ignored in" and swallowed.
class Broken:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        raise ValueError(f"cannot clean up {self.n}")

b = Broken(1)
del b
print("program continues")

class BadAttr:
    def __del__(self):
        self.missing.close()

BadAttr()
print("still running")

def make_and_drop():
    Broken(2)
    return "returned"

print(make_and_drop())
class Chained:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("while handling")

c = Chained()
c = None
print("end")
