# re.Pattern, re.Match and _sre.SRE_Scanner as CPython 3.11's _sre types: names, modules, type
# flags, layouts (basic and item sizes, a match's size with 0..n groups), what they refuse (being
# subclassed, instantiated, weakly referenced or pickled, for a match), copy and deepcopy, pickling
# a pattern, gc tracking, __class_getitem__, read-only members, the namespaces' public names.
import copy
import gc
import pickle
import re
import sys
import weakref

p = re.compile(r'(?P<word>\w+)\s(\d+)?')
m = p.search('see 12 now')
scanner = p.scanner('a 1 b 2')

for t in (re.Pattern, re.Match, type(scanner)):
    # VALID_VERSION_TAG (1 << 19) is left out: it says whether the attribute cache has seen the type
    print(t, t.__module__, t.__name__, t.__qualname__, t.__flags__ & ~(1 << 19), t.__basicsize__, t.__itemsize__,
          t.__weakrefoffset__, t.__mro__)
print(type(p) is re.Pattern, type(m) is re.Match, type(scanner).__name__)

# a match's size: the fixed part and two marks per group (group 0 included)
for n in range(6):
    pat = re.compile('(x)' * n + 'y')
    mm = pat.search('x' * n + 'y')
    print('groups', n, sys.getsizeof(mm), mm.__sizeof__())

# neither type can be a base nor be called
for t in (re.Pattern, re.Match, type(scanner)):
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print('subclass:', e)
    try:
        t()
    except TypeError as e:
        print('call:', e)

# weak references: patterns only
print(weakref.ref(p)() is p, weakref.getweakrefcount(p))
for o in (m, scanner):
    try:
        weakref.ref(o)
    except TypeError as e:
        print('weakref:', e)

# no instance dict
for o in (p, m, scanner):
    print(hasattr(o, '__dict__'), end=' ')
    try:
        o.extra = 1
    except AttributeError as e:
        print('setattr:', e)

# read-only members and getsets
for name in ('pattern', 'flags', 'groups', 'groupindex'):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, e)
for name in ('string', 're', 'pos', 'endpos', 'lastindex', 'lastgroup', 'regs'):
    try:
        setattr(m, name, 1)
    except AttributeError as e:
        print(name, e)

# copies are the objects themselves; a pattern pickles through copyreg, a match does not
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(m.__copy__() is m, m.__deepcopy__({}) is m, p.__deepcopy__(None) is p)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q == p, q is p, q.pattern, q.flags)
q = pickle.loads(pickle.dumps(re.compile(b'ab+', re.I)))
print(q, q.flags)
for o in (m, scanner):
    try:
        pickle.dumps(o)
    except TypeError as e:
        print('pickle:', e)
try:
    copy.copy(scanner)
except TypeError as e:
    print('copy scanner:', e)

# the collector tracks all three
print(gc.is_tracked(p), gc.is_tracked(m), gc.is_tracked(scanner))
print(m.re is p, m.string, scanner.pattern is p)
print(p in gc.get_referents(m), m.string in gc.get_referents(m))

# generic aliases
print(re.Pattern[str], re.Match[bytes], re.Pattern[str].__origin__ is re.Pattern)

# the public names of each namespace
print([n for n in sorted(vars(re.Pattern)) if not n.startswith('__')])
print([n for n in sorted(vars(re.Match)) if not n.startswith('__')])
print([n for n in sorted(vars(type(scanner))) if not n.startswith('__')])
print(sorted(n for n in ('__getitem__', '__repr__', '__eq__', '__hash__', '__copy__', '__deepcopy__',
                         '__class_getitem__') if n in vars(re.Match)))
print(sorted(n for n in ('__getitem__', '__repr__', '__eq__', '__hash__', '__copy__', '__deepcopy__',
                         '__class_getitem__') if n in vars(re.Pattern)))
print(re.Pattern.__doc__)
print(re.Match.__doc__)
print(type(re.Pattern.__dict__['match']).__name__, type(re.Pattern.__dict__['pattern']).__name__,
      type(re.Pattern.__dict__['groupindex']).__name__, type(re.Match.__dict__['lastindex']).__name__)

# what each type's traverse visits: the type first (heap types in CPython), then its references;
# a pattern without named groups keeps no groupindex nor indexgroup (groupindex is then a new dict)
plain = re.compile('(a)b')
named = re.compile('(?P<x>a)(b)')
mm = named.match('ab')
print(gc.get_referents(plain), gc.get_referents(named))
print(gc.get_referents(mm), mm.regs, gc.get_referents(mm))
print(gc.get_referents(named.scanner('ab')))
print(type(plain.groupindex).__name__, plain.groupindex, plain.groupindex is plain.groupindex, type(named.groupindex).__name__)
print(plain.match('ab').groupdict(), plain.match('ab').lastgroup, mm.lastgroup, mm.groupdict())
