# __getitem__ with ints and slices, __setitem__, __delitem__, iteration through __getitem__
class Seq:
    def __init__(self): self.d = list(range(10))
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ('slice', i.start, i.stop, i.step, i.indices(10))
        if i >= 10: raise IndexError(i)
        return self.d[i]
    def __setitem__(self, i, v): print('set', i, v)
    def __delitem__(self, i): print('del', i)
s = Seq()
print(s[3], s[1:5], s[::2], s[-3:])
s[2] = 'x'; s[1:3] = [0]
del s[0]; del s[::3]
print(list(s)[:4], 5 in s, 50 in s)
print(slice(1, 10, 2).indices(5))
