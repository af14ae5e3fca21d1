# the special methods of built-in types called directly: int.__add__, str.__mul__, set.__or__, iterator __next__
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def __add__(self, other):
        return MyInt(int(self) + int(other))
m = MyInt(5)
print(m, m + 1, 1 + m, type(1 + m).__name__, m * 2, type(m * 2).__name__)
print(isinstance(True, int), True + 1, True * 3, bool.__mro__, int(True), str(True), repr(False))
print(True == 1, hash(True) == hash(1), {1: 'a', True: 'b'}, True is bool(1))
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
print((5).__add__(3), (5).__radd__(3), (5).__sub__(2.0), (2.5).__mul__(2), int.__add__(1, 2))
print((5).__neg__(), (5).__invert__(), (5).__abs__(), (-2.5).__abs__(), (3).__index__(), (3.7).__int__(), (3).__float__())
print("ab".__add__("cd"), "ab".__mul__(2), "%s".__mod__(1), [1].__add__([2]), (1,).__mul__(2), [1].__rmul__(3))
print({1}.__or__({2}), {1, 2}.__and__({2}), {'a': 1}.__or__({'b': 2}), frozenset({1}).__sub__({1}))
print(2 .__pow__(10), 2 .__pow__(10, 1000), 2 .__rpow__(3), 7 .__floordiv__(2), 7 .__rtruediv__(14))
l = [1]
print(l.__iadd__([2]) is l, l, l.__imul__(2), (1).__eq__(1.0), (1).__lt__(2))
it = iter([1, 2])
print(it.__next__(), next(it), iter("ab").__next__(), iter(range(3)).__next__(), iter({1: 2}).__next__())
print(sorted(n for n in dir(5) if n.startswith('__r') and n.endswith('__') and 'divmod' not in n))
print(NotImplemented is (1).__add__("x"), (1.0).__add__("x"))
