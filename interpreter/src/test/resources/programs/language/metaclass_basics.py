# a metaclass that records classes and customises __call__
class Meta(type):
    created = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        Meta.created.append(name)
        return cls
    def __call__(cls, *a):
        print('making', cls.__name__, a)
        return super().__call__(*a)
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class B(A): pass
print(Meta.created, type(A).__name__, type(B) is Meta)
b = B(3)
print(b.v, isinstance(b, A))
class Singleton(type):
    _inst = {}
    def __call__(cls):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__()
        return cls._inst[cls]
class S(metaclass=Singleton): pass
print(S() is S())
