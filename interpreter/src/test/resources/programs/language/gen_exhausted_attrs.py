# an exhausted or closed generator keeps its name, qualname and code
def countdown(n):
    while n:
        yield n
        n -= 1
g = countdown(2)
print(list(g), g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_frame, g.gi_running)
print(repr(g).startswith('<generator object countdown at 0x'))
h = (x for x in 'ab')
h.close()
print(h.__name__, h.gi_frame, next(h, 'done'))
class K:
    def items(self):
        yield 1
k = K().items()
for _ in k:
    pass
print(k.__qualname__, k.gi_code.co_varnames)
