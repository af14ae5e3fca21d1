# show_refs() writing a .dot file: the text as objgraph writes it (node ids, labels, depth colours,
# edge names from dicts, too_many, highlight, extra_info, extra_node_attrs, shortnames, filter,
# max_depth), and output= to a file object. Node ids hold addresses, so they are renumbered.
# requires: objgraph
import contextlib
import io
import os
import re
import shutil
import tempfile
import objgraph


class Box:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return 'Box(%r)' % self.label


class Finalized:
    def __del__(self):
        pass

    def __repr__(self):
        return 'Finalized()'


def show(path):
    ids = {}
    with open(path, encoding='utf-8') as f:
        text = f.read()
    print(re.sub(r'o(\d{4,})', lambda m: ids.setdefault(m.group(1), 'N%d' % len(ids)), text), end='')


def written(name):
    # objgraph names the file in its message: print the message without the temporary folder.
    print(said.getvalue().replace(folder + os.sep, ''), end='')
    said.seek(0)
    said.truncate()
    show(os.path.join(folder, name))


said = io.StringIO()
folder = tempfile.mkdtemp()
dot = lambda name: os.path.join(folder, name)
root = {'left': [Box('a'), Box('b')], 'right': (Box('c'),), 7: 'seven', 'f': Finalized(),
        'quote"back\\slash': ['x\ny']}
with contextlib.redirect_stdout(said):
    objgraph.show_refs(root, filename=dot('refs.dot'))
written('refs.dot')
with contextlib.redirect_stdout(said):
    objgraph.show_refs([root], filename=dot('refs1.dot'), max_depth=1, too_many=2)
written('refs1.dot')
with contextlib.redirect_stdout(said):
    objgraph.show_refs(root['left'], filename=dot('refs2.dot'), max_depth=2,
                       highlight=lambda o: isinstance(o, Box), extra_info=lambda o: type(o).__name__.upper(),
                       shortnames=False)
written('refs2.dot')
with contextlib.redirect_stdout(said):
    objgraph.show_refs((root['left'], root['right']), filename=dot('refs3.dot'), max_depth=2,
                       filter=lambda o: not isinstance(o, str),
                       extra_node_attrs=lambda o: {'URL': 'u' + type(o).__name__, 'shape': None, 'a': 'x"y'})
written('refs3.dot')
out = io.StringIO()
print(objgraph.show_refs(Box('z'), output=out, max_depth=0))
print(re.sub(r'o\d{4,}', 'N', out.getvalue()), end='')
try:
    objgraph.show_refs(root, output=out, filename=dot('both.dot'))
except ValueError as e:
    print('ValueError:', e)
print(os.path.exists(dot('both.dot')))
shutil.rmtree(folder)
