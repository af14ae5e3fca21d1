# Exceptions raised in __del__ (reported as "Exception ignored in" with the traceback, the program
# continues), a __del__ that raises while another exception is being handled, a generator closed
# by refcount whose finally raises, and at exit: suspended generators' finally blocks run as the
# main module's globals are cleared, after atexit handlers.
import atexit, sys
class Loud:
    def __init__(self, name): self.name = name
    def __del__(self):
        print('  __del__', self.name)
        raise ValueError('from __del__ of ' + self.name)
x = Loud('first')
del x
print('after first')
try:
    y = Loud('during handling')
    raise KeyError('outer')
except KeyError as e:
    del y
    print('still handling', repr(e), repr(sys.exc_info()[1]))
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('  finally of', name)
        if name == 'raiser':
            raise RuntimeError('finally raised')
g = gen('raiser'); next(g)
g = None
print('after raiser')
def holds():
    try:
        yield 'held'
    finally:
        print('  finally at exit: holds')
h = holds(); next(h)
keep = gen('kept'); next(keep)
atexit.register(print, 'atexit handler runs first')
class Last:
    def __del__(self): print('  __del__ Last at exit')
last = Last()
print('end of module')
