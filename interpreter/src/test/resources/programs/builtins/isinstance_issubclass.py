# isinstance and issubclass, with tuples of types and the bool/int relationship.
class A:
    pass

class B(A):
    pass

b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(A(), B), isinstance(True, int))
print(issubclass(B, A), issubclass(A, object), issubclass(bool, int), issubclass(int, (str, float)))
print(isinstance(3, (int, float)), isinstance(None, type(None)), isinstance(int, type))
print(type(b) is B, type(b) is A, type(True), type(type), B.__bases__, B.__base__ is A)
