# a suspended generator's frame holds its arguments and locals
import sys
data = [0] * 3
print(sys.getrefcount(data))
def gen(seq):
    for item in seq:
        yield item
g = gen(data)
print(sys.getrefcount(data))
next(g)
print(sys.getrefcount(data))
for _ in g:
    pass
print(sys.getrefcount(data))
g2 = gen(data)
next(g2)
g2.close()
print(sys.getrefcount(data))
