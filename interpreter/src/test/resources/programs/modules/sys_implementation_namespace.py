# sys.implementation is a types.SimpleNamespace; the namespace type as CPython 3.11 has it.
import pickle
import sys
import types

impl = sys.implementation
print(impl.name, impl.cache_tag, impl.version[:3], hex(impl.hexversion), impl._multiarch)
print(type(impl) is types.SimpleNamespace, type(impl).__name__, type(impl).__module__, type(impl).__qualname__)
print(repr(types.SimpleNamespace), types.SimpleNamespace.__basicsize__, types.SimpleNamespace.__dictoffset__)

ns = types.SimpleNamespace(b=2, a=1)
print(ns, sys.getsizeof(ns), sorted(vars(ns)), ns.__dict__ is vars(ns))
ns.c = [ns]
print(repr(ns))
del ns.c
print(ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace(a=1), ns == {'a': 1, 'b': 2})
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)
try:
    types.SimpleNamespace({'x': 1})
except TypeError as e:
    print("TypeError:", e)
try:
    types.SimpleNamespace(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(ns.__reduce__()[0] is types.SimpleNamespace, ns.__reduce__()[1:])
copy = pickle.loads(pickle.dumps(ns))
print(copy, copy == ns, copy is ns)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)


class Config(types.SimpleNamespace):
    def total(self):
        return sum(vars(self).values())


c = Config(x=1, y=2)
print(c, c.total(), isinstance(c, types.SimpleNamespace), c == types.SimpleNamespace(x=1, y=2))
ns.__dict__['weird'] = 3
ns.__dict__[5] = 'non-str key'
print(ns)

print(sys.platlibdir, repr(sys.abiflags), sys.api_version, sys.float_repr_style, sys.maxunicode, sys.dont_write_bytecode)
print(sys.pycache_prefix, sys.getfilesystemencodeerrors(), sys.copyright.splitlines()[0])
print(sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix, isinstance(sys.prefix, str))
