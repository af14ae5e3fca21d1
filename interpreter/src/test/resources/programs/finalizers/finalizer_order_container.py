# Finalizers of container items: a list releases its items last to first, a tuple too, a dict in order.
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
items = [F(i) for i in range(3)]
print("drop")
del items
t = (F("t0"), F("t1"))
t = None
d = {"x": F("dx"), "y": F("dy")}
d.clear()
print("end")
