# The name a NameError carries (LOAD_NAME, LOAD_GLOBAL, DELETE_NAME, DELETE_GLOBAL, a free variable)
# and the None an UnboundLocalError carries; AttributeError's name and obj from a failed lookup
def report(f):
    try:
        f()
    except (NameError, AttributeError) as e:
        print(type(e).__name__, '|', e, '|', repr(e.name), '|', type(getattr(e, 'obj', None)).__name__)

report(lambda: missing_global)
def local_unbound():
    print(later)
    later = 1
report(local_unbound)
def del_global():
    global never_set
    del never_set
report(del_global)
def free():
    def inner():
        return value
    report(inner)
    value = 1
free()
try:
    exec('del not_here')
except NameError as e:
    print('exec del:', e.name)
try:
    eval('ghost + 1')
except NameError as e:
    print('eval:', e.name)

class Thing:
    cls_attr = 1
    def __init__(self):
        self.field = 2
    @property
    def broken(self):
        return self.nothing_here
t = Thing()
report(lambda: t.feild)
report(lambda: Thing.field)
report(lambda: t.broken)
report(lambda: (1).real_part)
report(lambda: 'text'.uper())
report(lambda: None.attr)
import math
report(lambda: math.tau2)
class Custom:
    def __getattr__(self, name):
        raise AttributeError('custom ' + name)
report(lambda: Custom().anything)
class Given:
    def __getattr__(self, name):
        raise AttributeError(name, name='preset', obj=42)
report(lambda: Given().anything)
e = AttributeError('plain')
print(e.name, e.obj)
try:
    getattr(t, 'zzz')
except AttributeError as e:
    print('getattr:', e.name, e.obj is t)
print(getattr(t, 'zzz', 'default'), hasattr(t, 'zzz'))
