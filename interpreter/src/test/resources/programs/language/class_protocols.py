# __init_subclass__, __class_getitem__, __getattribute__, __call__, __contains__, __bool__/__len__
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag='a'): pass
class B(Base): pass
print(Base.registry)
class G:
    def __class_getitem__(cls, item):
        return f'G[{item.__name__}]'
print(G[int])
class Loud:
    def __getattribute__(self, name):
        if name == 'secret':
            return 42
        return object.__getattribute__(self, name)
    def __call__(self, x):
        return x * 2
    def __contains__(self, x):
        return x == 'y'
    def __len__(self):
        return 0
l = Loud()
print(l.secret, l(4), 'y' in l, 'n' in l, bool(l), len(l))
class T:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(T()))
