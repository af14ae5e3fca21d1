# Slice assignment growing and shrinking a list: list_ass_slice's resize steps.
import sys

def show(label, lst):
    print(f"{label:28s} len={len(lst):3d} size={sys.getsizeof(lst)}")

a = [1, 2, 3]
show("literal 3", a)
a[1:1] = [9] * 10
show("insert 10 in middle", a)
a[:] = []
show("a[:] = []", a)
a[len(a):] = range(20)
show("append range(20) by slice", a)
a[::2] = ["x"] * 10
show("extended slice assign", a)
del a[::2]
show("del a[::2]", a)
a[2:8] = []
show("delete 6 by slice", a)
a[0:0] = a
show("a[0:0] = a (self)", a)
a *= 3
show("a *= 3", a)
a *= 0
show("a *= 0", a)
b = list(range(8))
b[2:6] = range(100)
show("replace 4 with 100", b)
b[2:102] = [0]
show("replace 100 with 1", b)
c = [None] * 9
c[:] = c + c
show("c[:] = c + c", c)
d = list("abcdefgh")
d.reverse()
show("reverse", d)
d.sort()
show("sort", d)
e = d.copy()
show("copy", e)
f = d[:]
show("slice copy", f)
g = d[1:]
show("d[1:]", g)
