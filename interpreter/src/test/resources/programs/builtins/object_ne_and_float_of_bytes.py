# object.__ne__ asks the receiver's own type for == and inverts the answer unless it is
# NotImplemented (object_richcompare's Py_NE), whether it is called directly, reached through a
# class that sets __ne__ = object.__ne__, or given a built-in receiver; float() of a bytes-like
# object parses its bytes (PyFloat_FromString), with the object's repr in the error.
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


class Borrowed(Point):
    __ne__ = object.__ne__


class Plain:
    pass


class Refuses:
    def __eq__(self, other):
        return NotImplemented


print(Point(1) != Point(1), Point(1) != Point(2))
print(object.__ne__(Point(1), Point(1)), object.__ne__(Point(1), Point(2)), object.__ne__(Point(1), 3))
print(Borrowed(1) != Borrowed(1), Borrowed(1) != Borrowed(2), Borrowed(1).__ne__(Borrowed(1)))
plain = Plain()
print(object.__ne__(plain, plain), object.__ne__(Plain(), Plain()), plain != plain, plain != Plain())
print(object.__ne__(Refuses(), Refuses()), Refuses() != Refuses())
print(object.__ne__(1, 1), object.__ne__(1, 2), object.__ne__('a', 'a'), object.__ne__(1.0, 1), object.__ne__(1, 'a'))
print(float(b'1.5'), float(bytearray(b' 2e3 ')), float(memoryview(b'3.25')), float(b'-inf'), float(b'1_000.5'))
for value in (b'x', b'1.5\0', bytearray(b''), b'1__0', bytearray(b'1e')):
    try:
        float(value)
    except ValueError as e:
        print(e)


# without a __ne__ of its own, a subclass of a built-in type gets its base's (int.__ne__ compares the
# ints), not the inversion of its __eq__; a subclass of a base without comparisons inverts __eq__
class AlwaysEqualInt(int):
    def __eq__(self, other):
        return True


class AlwaysEqualStr(str):
    def __eq__(self, other):
        return True


class AlwaysEqualError(Exception):
    def __eq__(self, other):
        return True


print(AlwaysEqualInt(1) != AlwaysEqualInt(2), AlwaysEqualInt(1) == AlwaysEqualInt(2),
      AlwaysEqualStr('a') != AlwaysEqualStr('b'), AlwaysEqualError() != AlwaysEqualError())
