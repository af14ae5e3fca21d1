# C.__bases__ = (...): the MRO is computed again (the subclasses' too), methods are found on the new
# bases, and the errors of type_set_bases.
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), [k.__name__ for k in D.__mro__], C.__base__.__name__, A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__])
class S:
    __slots__ = ('x',)
for value in [(), [A], (1,), (D,), (S,), (A, A), (int,)]:
    try:
        C.__bases__ = value
        print("ok", C.__bases__)
    except TypeError as e:
        print("TypeError:", e)
print([k.__name__ for k in C.__mro__])
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
