# class attribute lookup: metaclass attributes, MRO, shared class attributes, the class __dict__
class Meta(type):
    attr = "meta"
    def meth(cls):
        return "meta method of " + cls.__name__
class A(metaclass=Meta):
    pass
class B(A):
    attr = "B"
print(A.attr, B.attr, A.meth(), B.meth())
try:
    A().meth
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(A(), 'attr'), 'attr' in dir(A), 'meth' in dir(A))
class D:
    x = "class"
    def __init__(self):
        self.x = "instance"
d = D()
print(d.x, D.x, type(d).x)
del d.x
print(d.x)
class P1:
    def who(self): return "P1"
class P2:
    def who(self): return "P2"
class C(P1, P2): pass
class E(P2, P1): pass
print(C().who(), E().who(), [k.__name__ for k in C.__mro__])
try:
    class Bad(C, E): pass
except TypeError as e:
    print("TypeError:", e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_init = self.count
a, b = Counter(), Counter()
print(Counter.count, a.count_at_init, b.count_at_init)
class Shared:
    items = []
s1, s2 = Shared(), Shared()
s1.items.append(1)
print(s2.items, s1.items is Shared.items)
s1.items = [9]
print(s1.items, s2.items, Shared.items)
print(C.__dict__.get('who'), P1.__dict__['who'].__qualname__, type(P1.__dict__).__name__)
try:
    P1.__dict__['new'] = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(D) if not k.startswith('__')), '__init__' in vars(D))
