# __slots__ misuse, __set_name__ order and errors, abstract classes refusing instantiation
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
for action in (lambda: setattr(s, 'c', 3), lambda: s.b, lambda: s.__dict__, lambda: delattr(s, 'b')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
for body in ("__slots__ = ('x', 'x')\n", "__slots__ = ('__dict__', '__dict__')\n", "__slots__ = ('x',)\nx = 1\n",
             "__slots__ = 1\n", "__slots__ = ('1x',)\n", "__slots__ = ('__weakref__',)\n"):
    try:
        exec('class T:\n    ' + body.replace('\n', '\n    '))
        print('ok', body.strip())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class V(int):
        __slots__ = ('v',)
except TypeError as e:
    print('TypeError:', e)
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
class Named:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        print('set_name', self.tag, owner.__name__, name)
class Owner:
    first = Named(1)
    second = Named(2)
    first_again = first
class BadName:
    def __set_name__(self, owner, name):
        raise ValueError('refused ' + name)
try:
    class O2:
        x = BadName()
except RuntimeError as e:
    print('RuntimeError:', e, repr(e.__cause__))
except ValueError as e:
    print('ValueError:', e, e.__notes__ if hasattr(e, '__notes__') else '')
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Half(Base):
    def run(self):
        return 1
class Full(Half):
    name = 'full'
for cls in (Base, Half, Full):
    try:
        print(cls().run())
    except TypeError as e:
        print('TypeError:', e)
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
