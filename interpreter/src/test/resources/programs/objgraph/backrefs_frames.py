# show_backrefs() where the answer depends on which frame objects exist and on the collector's list
# order: objgraph's own sys._getframe(1) must not make the program's module frame an object (a
# referrer of what its value stack holds, and of the globals), a reference count in a label counts
# what CPython's frames hold, and an instance __dict__ made in __init__ keeps its place in the
# collector's list through objgraph's collection.
# requires: objgraph
# collectors: generational
import gc
import io
import re
import objgraph

gc.disable()


class Leaf:
    def __repr__(self):
        return 'Leaf()'


class Holder:
    def __init__(self, leaf):
        self.leaf = leaf
        self.__dict__

    def __repr__(self):
        return 'Holder()'


def show(text):
    ids = {}
    print(re.sub(r'o(\d{4,})', lambda m: ids.setdefault(m.group(1), 'N%d' % len(ids)), text), end='')


leaf = Leaf()
holder = Holder(leaf)
box = [leaf, holder]
pairs = {leaf: 'x', 'k': leaf}
many = [[leaf] for _ in range(15)]

out = io.StringIO()
objgraph.show_backrefs(leaf, output=out, max_depth=1, too_many=4,
                       filter=lambda o: o is not globals() and o is not many)
show(out.getvalue())
out = io.StringIO()
objgraph.show_backrefs(leaf, output=out, max_depth=1, too_many=3, refcounts=True)
show(out.getvalue())
print(sum(1 for o in gc.get_objects() if type(o).__name__ == 'frame'))
