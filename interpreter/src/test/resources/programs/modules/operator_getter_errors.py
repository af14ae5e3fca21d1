# operator.itemgetter/attrgetter/methodcaller: their argument-count and keyword errors at construction
# and at call, their reprs, results with one and several keys.
import operator as op
for f in [lambda: op.attrgetter(), lambda: op.methodcaller(), lambda: op.itemgetter(1)(1, 2), lambda: op.itemgetter(1)(),
          lambda: op.itemgetter(a=1), lambda: op.attrgetter('a', b=1), lambda: op.methodcaller(1), lambda: op.attrgetter('a')(),
          lambda: op.methodcaller('a')(1, 2), lambda: op.attrgetter(1), lambda: op.itemgetter(0)(x=1), lambda: op.itemgetter()]:
    try: f()
    except TypeError as e: print(e)
print(op.itemgetter(1)("ab"), op.itemgetter(0, -1)("xyz"), op.attrgetter("real", "imag")(1j), op.methodcaller("split", ",")("a,b"))
print(op.itemgetter(1), op.itemgetter(0, 2), op.attrgetter("a.b", "c"), op.methodcaller("f", 1, k=2), op.methodcaller("upper"))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1, 0)), max(rows, key=op.itemgetter(1)))
