# gc.get_count after tuples of atoms, of containers, and after del
import gc
gc.collect()
c0 = gc.get_count()
t = (1, 2)
c1 = gc.get_count()
u = ([], [])
c2 = gc.get_count()
del t, u
c3 = gc.get_count()
print(c1[0] - c0[0], c2[0] - c1[0], c3[0] - c2[0])
