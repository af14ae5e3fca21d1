# Pins down: which protocol each dict-building path uses on custom mappings and dict subclasses:
# dict(x), dict.update(x), {**x}, f(**x), dict |= x, and dict | x (keys() and __getitem__ on
# non-dicts; a dict subclass's own table unless it overrides __iter__... or keys()), the
# "dictionary update sequence element" messages for pair iterables, and __eq__/__hash__ rules:
# defining __eq__ sets __hash__ to None, inheritance of that None, restoring object.__hash__.
log = []

class KeysMap:
    def keys(self):
        log.append('keys')
        return iter(['a', 'b'])
    def __getitem__(self, k):
        log.append(f'getitem {k}')
        return k * 2
    def __iter__(self):
        log.append('iter (should not be used)')
        return iter(['zzz'])

class SubGetitem(dict):
    def __getitem__(self, k):
        log.append(f'sub getitem {k}')
        return 'overridden'
    def keys(self):
        log.append('sub keys')
        return ['only']

class SubIter(dict):
    def __iter__(self):
        log.append('subiter iter')
        return iter(['x'])
    def keys(self):
        log.append('subiter keys')
        return ['x']
    def __getitem__(self, k):
        log.append(f'subiter getitem {k}')
        return 'from getitem'

def f(**kw):
    return kw

def run(label, fn):
    log.clear()
    try:
        r = fn()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(f'{label:28} {r!r:44} {log}')

for name, make in [('KeysMap', KeysMap), ('SubGetitem', lambda: SubGetitem(x=1, y=2)), ('SubIter', lambda: SubIter(x=1))]:
    run(f'dict({name})', lambda: dict(make()))
    run(f'update({name})', lambda: (d := {}, d.update(make()), d)[2])
    run(f'{{**{name}}}', lambda: {**make()})
    run(f'f(**{name})', lambda: f(**make()))
    run(f'|= {name}', lambda: (d := {}, d.__ior__(make()), d)[2])
    run(f'| {name}', lambda: {} | make())

run('dict(pairs)', lambda: dict([('a', 1), ['b', 2], 'cd']))
run('dict(bad length)', lambda: dict([('a', 1, 2)]))
run('dict(element not seq)', lambda: dict([1]))
run('dict(str element)', lambda: dict(['abc']))
run('update(bad second)', lambda: {}.update([('a', 1), ('b',)]))
run('|= pairs', lambda: (d := {}, d.__ior__([('k', 'v')]), d)[2])
run('| pairs', lambda: {} | [('k', 'v')])
run('dict(5)', lambda: dict(5))
run('update(None)', lambda: {}.update(None))
run('{**None}', lambda: {**None})
run('dict kw and mapping', lambda: dict(KeysMap(), c=3))
run('update two args', lambda: {}.update({}, {}))
run('fromkeys subclass', lambda: type(SubGetitem.fromkeys('ab')).__name__)

class Eq:
    def __eq__(self, other):
        return True
print('Eq hash', Eq.__hash__, Eq.__dict__['__hash__'])
try:
    hash(Eq())
except TypeError as e:
    print('TypeError', e)
class EqChild(Eq):
    pass
print('EqChild hash attr', EqChild.__hash__)
class EqRestored(Eq):
    __hash__ = object.__hash__
print('EqRestored hashable', isinstance(hash(EqRestored()), int))
class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7
print('EqAndHash', hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))
class HashOnlyChildOfEq(Eq):
    def __hash__(self):
        return 3
print('child defines hash', hash(HashOnlyChildOfEq()))
class NeOnly:
    def __ne__(self, other):
        return False
print('NeOnly hashable', NeOnly.__hash__ is object.__hash__)
class ExplicitNone:
    __hash__ = None
try:
    {ExplicitNone(): 1}
except TypeError as e:
    print('TypeError', e)
import collections.abc as cabc
print(isinstance(Eq(), cabc.Hashable), isinstance(EqRestored(), cabc.Hashable), isinstance(ExplicitNone(), cabc.Hashable))
class IntEq(int):
    def __eq__(self, other):
        return int(self) == other
print('IntEq hash', IntEq.__hash__)
try:
    hash(IntEq(3))
except TypeError as e:
    print('TypeError', e)
