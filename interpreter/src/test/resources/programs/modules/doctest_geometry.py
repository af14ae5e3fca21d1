# doctest.testmod over this module's own docstrings: passing and failing examples, ELLIPSIS and
# NORMALIZE_WHITESPACE directives, expected exceptions with tracebacks, a failure report printed,
# and the TestResults tuple; then a verbose run of a single docstring with run_docstring_examples.
import doctest, math

def area(shape, *dims):
    """Area of a shape.

    >>> area("square", 3)
    9
    >>> area("rect", 2, 5)
    10
    >>> round(area("circle", 1), 5)
    3.14159
    >>> area("hexagon", 1)
    Traceback (most recent call last):
        ...
    ValueError: unknown shape 'hexagon'
    >>> area("rect", 2)   # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: not enough values to unpack ...
    """
    if shape == "square":
        return dims[0] ** 2
    if shape == "rect":
        w, h = dims
        return w * h
    if shape == "circle":
        return math.pi * dims[0] ** 2
    raise ValueError(f"unknown shape {shape!r}")

def perimeter(points):
    """Perimeter of a polygon given as points.

    >>> perimeter([(0, 0), (3, 0), (3, 4)])
    12.0
    >>> perimeter([])  # an empty polygon
    0
    >>> [round(perimeter([(0, 0), (1, 0), (1, 1), (0, 1)]) * k, 1)
    ...  for k in (1, 2)]
    [4.0,   8.0]
    >>> perimeter([(0, 0), (1, 1)])
    2.8
    """
    if not points:
        return 0
    return sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))

class Polygon:
    """A named polygon.

    >>> p = Polygon("tri", [(0, 0), (4, 0), (0, 3)])
    >>> p
    Polygon('tri', 3 points)
    >>> p.points  # doctest: +NORMALIZE_WHITESPACE
    [(0, 0),   (4, 0),
     (0, 3)]
    >>> print(p.describe())
    tri: 3 sides
    perimeter 12.0
    <BLANKLINE>
    end
    """
    def __init__(self, name, points):
        self.name, self.points = name, points
    def __repr__(self):
        return f"Polygon({self.name!r}, {len(self.points)} points)"
    def describe(self):
        """
        >>> Polygon("x", []).describe().splitlines()[0]
        'x: 0 sides'
        """
        return f"{self.name}: {len(self.points)} sides\nperimeter {perimeter(self.points)}\n\nend"

if __name__ == "__main__":
    results = doctest.testmod(optionflags=doctest.ELLIPSIS)
    print(results, results.failed, results.attempted)
    print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE | doctest.ELLIPSIS, report=False))
    doctest.run_docstring_examples(area, {"area": area, "math": math}, verbose=True, name="area")
    finder = doctest.DocTestFinder()
    for t in sorted(finder.find(Polygon), key=lambda t: t.name):
        print(t.name, len(t.examples), [e.lineno for e in t.examples])
    parser = doctest.DocTestParser()
    ex = parser.get_examples(">>> 1 + 1\n2\n>>> print('a')\na\n")
    print([(e.source, e.want) for e in ex])
