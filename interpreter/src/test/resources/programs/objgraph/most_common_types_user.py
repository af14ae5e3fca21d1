# objgraph.most_common_types and show_most_common_types restricted to a program's own objects.
# requires: objgraph
import io
import objgraph

class Row:
    pass

class Cell:
    pass

rows = [Row() for _ in range(4)]
cells = [Cell() for _ in range(9)]
mine = rows + cells + [{} for _ in range(2)]
print(objgraph.most_common_types(limit=3, objects=mine))
print(objgraph.most_common_types(limit=1, objects=mine, shortnames=False))
out = io.StringIO()
objgraph.show_most_common_types(limit=2, objects=mine, file=out)
print(out.getvalue(), end="")
out = io.StringIO()
objgraph.show_most_common_types(objects=mine, file=out, filter=lambda o: not isinstance(o, dict))
print(out.getvalue(), end="")
print(objgraph.typestats(objects=mine, filter=lambda o: isinstance(o, Row)))
