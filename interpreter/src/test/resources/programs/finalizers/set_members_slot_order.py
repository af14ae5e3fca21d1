# a set frees its members in slot order
class D:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __del__(self):
        print("del", self.n)
s = {D(5), D(1), D(3), D(12)}
del s
fs = frozenset([D(7), D(2)])
del fs
