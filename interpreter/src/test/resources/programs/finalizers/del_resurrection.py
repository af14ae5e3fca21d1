# __del__ that resurrects the object runs only once
# collectors: generational marksweep
import gc
saved = []
class R:
    def __del__(self):
        print('del', self.name)
        saved.append(self)
r = R(); r.name = 'r'
del r
print(len(saved))
r = saved.pop()
del r
print('after second del', len(saved))
c = R(); c.name = 'c'; c.me = c
del c
print(gc.collect())
print(len(saved), saved[0].name)
saved.clear()
print(gc.collect())
