# A function's locals are released when it returns, in the order of the local slots; a returned
# object survives.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

def f():
    a = D("a")
    b = D("b")
    c = D("c")
    return b

print("calling f")
kept = f()
print("f returned", kept.name)
del kept
print("end")
