# Modules as objects, as lazy-import and plugin code uses them: PEP 562 module __getattr__ and
# __dir__ (from import too), a ModuleType subclass assigned to __class__ for properties on a
# module, sys.modules entries that are not modules, module reprs and attributes (__spec__ None,
# __file__ missing), `from m import *` with and without __all__ (bad names in __all__), and
# the ImportError messages for missing names.
import sys, types

lazy = types.ModuleType('lazy', 'A lazy module.')
lazy.__all__ = ['eager', 'computed']
lazy.eager = 'eager-value'
calls = []
def module_getattr(name):
    calls.append(name)
    if name == 'computed':
        value = 'computed-once'
        setattr(lazy, name, value)
        return value
    raise AttributeError(f'module {lazy.__name__!r} has no attribute {name!r}')
lazy.__getattr__ = module_getattr
lazy.__dir__ = lambda: ['eager', 'computed', 'virtual']
sys.modules['lazy'] = lazy

import lazy as L
print(L.eager, L.computed, L.computed, calls)
print(dir(L))
from lazy import computed
try:
    from lazy import nothing
except ImportError as e:
    print('ImportError', e, e.name)
try:
    L.missing
except AttributeError as e:
    print('AttributeError', e)
print(repr(lazy), lazy.__doc__, lazy.__spec__, lazy.__loader__, lazy.__package__)
try:
    lazy.__file__
except AttributeError as e:
    print('AttributeError', e)
ns = {}
exec('from lazy import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
lazy.__all__ = ['eager', 42]
try:
    exec('from lazy import *', {})
except TypeError as e:
    print('TypeError', e)
lazy.__all__ = ['eager', 'ghost']
try:
    exec('from lazy import *', {})
except AttributeError as e:
    print('AttributeError', e)

plain = types.ModuleType('plain')
plain.public = 1
plain._private = 2
sys.modules['plain'] = plain
ns = {}
exec('from plain import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))

class Guarded(types.ModuleType):
    @property
    def version(self):
        return (1, 2)
    def __setattr__(self, name, value):
        if name == 'version':
            raise AttributeError('read-only version')
        super().__setattr__(name, value)
g = types.ModuleType('guarded')
g.__class__ = Guarded
print(g.version, type(g).__name__, isinstance(g, types.ModuleType))
try:
    g.version = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    g.__class__ = int
except TypeError as e:
    print('TypeError', e)

sys.modules['notmodule'] = {'a': 1}
import notmodule
print(type(notmodule).__name__, notmodule)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    from os import nope_nothing
except ImportError as e:
    print('ImportError', str(e).split(' (')[0], e.name)
m2 = types.ModuleType('m2')
print(sorted(vars(m2)), m2.__name__)
del m2.__name__
print(repr(m2).startswith('<module '), repr(m2))
try:
    m2.anything
except AttributeError as e:
    print('AttributeError', e)
try:
    types.ModuleType(5)
except TypeError as e:
    print('TypeError', e)
for k in ('lazy', 'plain', 'notmodule', 'blocked'):
    del sys.modules[k]
