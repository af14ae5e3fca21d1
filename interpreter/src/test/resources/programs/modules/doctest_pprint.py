# doctest.testmod on this module's docstrings (a failing example too) and pprint of nested data.
import doctest, pprint

def average(values):
    """Return the mean of values.

    >>> average([1, 2, 3, 4])
    2.5
    >>> average([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> [average([x, x + 2]) for x in range(3)]
    [1.0, 2.0, 3.0]
    """
    return sum(values) / len(values)

def greet(name):
    """
    >>> greet("world")
    'Hello, world!'
    >>> greet("bob")   # a wrong expectation
    'Hello, Bob!'
    >>> print(greet("x"))
    Hello, x!
    """
    return f"Hello, {name}!"

def spaced():
    """
    >>> list(range(12))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5,
     6, 7, 8, 9, 10, 11]
    >>> print("a long line ...")  # doctest: +ELLIPSIS
    a long ...
    """

results = doctest.testmod(verbose=False)
print(results, results.failed, results.attempted)
data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31, "langs": ("py", "go", "rust")}},
                  {"name": "bob", "roles": [], "meta": {}}],
        "counts": {chr(97 + i): i * i for i in range(12)}, "matrix": [[i * j for j in range(6)] for i in range(4)],
        "long": "x" * 90, "set": {3, 1, 2}, "frozen": frozenset({20, 10}), "tuple1": (1,), "empty": ()}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["matrix"], compact=True, width=30)
print(pprint.pformat(list(range(30)), width=50))
print(pprint.pformat(data["counts"], sort_dicts=False, width=60))
print(pprint.saferepr([1, [2, [3]]]), pprint.isreadable({"a": 1}), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat({"k": rec}).replace(str(id(rec)), "ID"))
pprint.pprint(10 ** 12, underscore_numbers=True)
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 3}})
