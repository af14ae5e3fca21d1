# Error case: special methods returning the wrong type or misused (__init__, __len__, __index__, __hash__, __bool__, __iter__, __str__, __repr__, __int__, __float__), class creation errors (metaclass conflict, MRO, bases, __slots__), super() and abstract classes: caught messages.
import abc

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label:30} {type(e).__name__}: {e}")
    else:
        print(f"{label:30} ok {r!r}")

class InitRet:
    def __init__(self):
        return 1
class LenNeg:
    def __len__(self):
        return -1
class LenStr:
    def __len__(self):
        return '1'
class LenBig:
    def __len__(self):
        return 2**70
class IndexStr:
    def __index__(self):
        return 'x'
class BoolInt:
    def __bool__(self):
        return 1
class IterBad:
    def __iter__(self):
        return 1
class StrBad:
    def __str__(self):
        return 1
class ReprBad:
    def __repr__(self):
        return b'x'
class IntBad:
    def __int__(self):
        return 1.5
class FloatBad:
    def __float__(self):
        return 1
class HashNone:
    __hash__ = None
class HashStr:
    def __hash__(self):
        return 'h'
class NewRet:
    def __new__(cls):
        return 1
    def __init__(self):
        print('never')
class ComplexBad:
    def __complex__(self):
        return 1
class FormatBad:
    def __format__(self, spec):
        return 1
class BytesBad:
    def __bytes__(self):
        return 'x'

show("InitRet()", lambda: InitRet())
show("len(LenNeg())", lambda: len(LenNeg()))
show("len(LenStr())", lambda: len(LenStr()))
show("len(LenBig())", lambda: len(LenBig()))
show("bool(LenNeg())", lambda: bool(LenNeg()))
show("[][IndexStr()]", lambda: [][IndexStr()])
show("range(IndexStr())", lambda: range(IndexStr()))
show("bool(BoolInt())", lambda: bool(BoolInt()))
show("not BoolInt()", lambda: not BoolInt())
show("iter(IterBad())", lambda: iter(IterBad()))
show("for in IterBad()", lambda: [x for x in IterBad()])
show("str(StrBad())", lambda: str(StrBad()))
show("print(StrBad())", lambda: print(StrBad()))
show("repr(ReprBad())", lambda: repr(ReprBad()))
show("f'{ReprBad()!r}'", lambda: f'{ReprBad()!r}')
show("int(IntBad())", lambda: int(IntBad()))
show("float(FloatBad())", lambda: float(FloatBad()))
show("complex(ComplexBad())", lambda: complex(ComplexBad()))
show("format(FormatBad())", lambda: format(FormatBad()))
show("bytes(BytesBad())", lambda: bytes(BytesBad()))
show("hash(HashNone())", lambda: hash(HashNone()))
show("{HashNone()}", lambda: {HashNone()})
show("hash(HashStr())", lambda: hash(HashStr()))
show("NewRet()", lambda: NewRet())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
show("metaclass conflict", lambda: type('C', (A1, A2), {}))
class X: pass
class Y(X): pass
show("MRO conflict", lambda: type('Z', (X, Y), {}))
show("duplicate base", lambda: type('Z', (X, X), {}))
show("base is int instance", lambda: type('Z', (1,), {}))
show("bool subclass", lambda: type('Z', (bool,), {}))
show("slots conflict", lambda: type('Z', (), {'__slots__': ('a',), 'a': 1}))
show("slots on int", lambda: type('Z', (int,), {'__slots__': ('a',)}))
show("slots not str", lambda: type('Z', (), {'__slots__': (1,)}))
show("slots __dict__ twice", lambda: type('Z', (), {'__slots__': ('__dict__', '__dict__')}))
show("layout conflict", lambda: type('Z', (int, str), {}))
show("type.__new__ 2 args", lambda: type('Z', ()))
show("super() outside", lambda: exec('super()'))
show("super(int, 'a')", lambda: super(int, 'a'))
show("super(1, 1)", lambda: super(1, 1))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
class Half(Base):
    def run(self): pass
show("Base()", lambda: Base())
show("Half()", lambda: Half())
show("object.__new__(int)", lambda: object.__new__(int))
show("int.__new__(str)", lambda: int.__new__(str))
show("list.__init__(1)", lambda: list.__init__(1))
show("str.upper(1)", lambda: str.upper(1))
show("dict.__getitem__([], 1)", lambda: dict.__getitem__([], 1))
show("object.__setattr__(1, 'a', 1)", lambda: object.__setattr__(1, 'a', 1))
show("int.real.__get__(None, int)", lambda: int.real.__get__(None, None))
show("X.__name__ = 1", lambda: setattr(X, '__name__', 1))
show("X.__bases__ = (1,)", lambda: setattr(X, '__bases__', (1,)))
show("X.__qualname__ = 1", lambda: setattr(X, '__qualname__', 1))
show("int.x = 1", lambda: setattr(int, 'x', 1))
show("X().__class__ = int", lambda: setattr(X(), '__class__', int))
show("X().__dict__ = 1", lambda: setattr(X(), '__dict__', 1))
show("type.__call__(1)", lambda: type.__call__(1))
show("isinstance(1, (int, 1))", lambda: isinstance('a', (int, 1)))
show("issubclass(int, [int])", lambda: issubclass(int, [int]))
show("class C(1)", lambda: exec('class C(1): pass'))
show("class C(metaclass=1)", lambda: exec('class C(metaclass=1): pass'))
show("__init_subclass__ kw", lambda: exec('class C(X, flag=1): pass', {'X': X}))
