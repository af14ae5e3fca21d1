# issubclass/isinstance's abstract protocol for objects that are not classes but have a tuple
# __bases__ (abstract_issubclass, check_class): such objects pass as "classes", their __bases__
# are walked (recursively), an instance's __class__ is read for isinstance with such a class,
# and what does not have a tuple __bases__ is still refused with CPython's messages.
class FakeClass:
    def __init__(self, name, *bases):
        self.name, self.__bases__ = name, tuple(bases)
    def __repr__(self):
        return f'FakeClass({self.name})'

root = FakeClass('root')
mid = FakeClass('mid', root)
leaf = FakeClass('leaf', mid, int)
print(issubclass(leaf, root), issubclass(leaf, mid), issubclass(mid, leaf), issubclass(leaf, leaf))
print(issubclass(root, (int, root)), issubclass(leaf, int) if False else 'skip')

class Instance:
    pass
inst = Instance()
inst.__class__ = Instance
class Pretender:
    def __init__(self, cls):
        self._cls = cls
    @property
    def __class__(self):
        return self._cls
print(isinstance(Pretender(mid), root), isinstance(Pretender(root), mid), isinstance(Pretender(leaf), (str, root)))
class NoBases:
    pass
for args in [(NoBases(), root), (leaf, NoBases()), (5, root), (leaf, 5)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError', e)
class BadBases:
    __bases__ = [object]
try:
    issubclass(BadBases(), root)
except TypeError as e:
    print('TypeError', e)
class RaisingBases:
    @property
    def __bases__(self):
        raise KeyError('bases')
try:
    issubclass(RaisingBases(), root)
except KeyError as e:
    print('KeyError', e)
try:
    isinstance(Pretender(root), NoBases())
except TypeError as e:
    print('TypeError', e)
