# objgraph.show_chain writes a dot graph of a backref chain to a file object; the node lines are inspected.
# requires: objgraph
import io
import re
import objgraph

class Leaf:
    pass

class Branch:
    def __init__(self):
        self.leaves = [Leaf()]

tree = Branch()
target = tree.leaves[0]
chain = objgraph.find_backref_chain(target, lambda o: o is tree)
print([type(o).__name__ for o in chain])
out = io.StringIO()
objgraph.show_chain(chain, output=out)
text = out.getvalue()
labels = re.findall(r'label="([^"\\]*)', text)
print(labels)
print(text.splitlines()[0], text.count("->"))
