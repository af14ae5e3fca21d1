# cycles through lists, dicts and tuples
# collectors: generational marksweep
import gc
gc.collect()
l = []; l.append(l)
del l
print(gc.collect())
d = {}; d['self'] = d
del d
print(gc.collect())
a = []; b = {'a': a}; a.append(b)
del a, b
print(gc.collect())
t = ([],); t[0].append(t)
del t
print(gc.collect())
