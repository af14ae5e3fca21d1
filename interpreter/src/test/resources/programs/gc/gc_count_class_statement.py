# What a class statement allocates, after the thread state's repr list exists.
import gc
print([])
gc.collect()
c0 = gc.get_count()[0]
class A:
    pass
c1 = gc.get_count()[0]
class B(A):
    def f(self):
        pass
c2 = gc.get_count()[0]
print(c1 - c0, c2 - c1)
