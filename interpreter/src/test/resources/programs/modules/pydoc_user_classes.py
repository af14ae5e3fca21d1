# pydoc's text for classes as programs write them (render_doc and plain, help() to stdout):
# the title with bases, the signature line from __init__, the docstring, the method resolution
# order, the groups "Methods defined here", "Class methods", "Static methods", "Readonly
# properties", "Data descriptors", "Data and other attributes", then the same inherited from each
# base; aliases, overrides without a docstring (their base's doc), comments as docs, namedtuples
# (fields first), __slots__, subclasses of built-in types, an instance (documented as its class).
import collections
import pydoc


class Shape:
    """A shape on the plane.

    Subclasses say how big they are.
    """
    sides = 0
    registry = {'circle': 1, 'square': 4}

    def __init__(self, name: str, scale: float = 1.0):
        self.name = name
        self.scale = scale

    def area(self):
        """The area of the shape."""
        return 0.0

    # Scale the shape by a factor.
    def grow(self, factor=2):
        self.scale *= factor

    @classmethod
    def unit(cls, *args, **kwargs):
        """A shape of scale 1."""
        return cls('unit')

    @staticmethod
    def describe(kind, *, verbose=False):
        """A description of a kind of shape."""
        return kind

    @property
    def label(self):
        """The shape's label (read only)."""
        return self.name.title()

    @property
    def size(self):
        return self.scale

    @size.setter
    def size(self, value):
        self.scale = value

    def __repr__(self):
        return 'Shape(%r)' % self.name

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__


class Square(Shape):
    """A square."""
    sides = 4

    def area(self):
        return self.scale ** 2

    perimeter = lambda self: 4 * self.scale
    surface = area


class Point(collections.namedtuple('Point', 'x y')):
    """A point with a norm."""

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Pair:
    __slots__ = ('left', 'right')

    def __init__(self, left, right):
        self.left, self.right = left, right


class Stack(list):
    """A list with push."""

    def push(self, item):
        self.append(item)


class Empty:
    pass


for thing in (Shape, Square, Point, Pair, Stack, Empty):
    print(pydoc.plain(pydoc.render_doc(thing)))
    print('=' * 20)
print(pydoc.plain(pydoc.render_doc(Square(3))))
print('=' * 20)
print(pydoc.plain(pydoc.render_doc(Shape.label)))
print(pydoc.plain(pydoc.render_doc(Square.area)))
print(pydoc.plain(pydoc.render_doc(Square('s').grow)))
help(Square)
print(pydoc.render_doc(Empty, title='%s') == 'class Empty in module __main__\n\nclass \x08Ec\x08cl\x08la\x08as\x08ss\x08s \x08E\x08Em\x08mp\x08pt\x08ty\x08y(\x08(b\x08bu\x08ui\x08il\x08lt\x08ti\x08in\x08ns\x08s.\x08.o\x08ob\x08bj\x08je\x08ec\x08ct\x08t)\x08)\n')
print(repr(pydoc.render_doc(Empty, title='%s')))
