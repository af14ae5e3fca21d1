# show_backrefs() and show_chain() writing .dot files: referrers up to the __main__ module (drawn
# green and not followed), edge names from instance __dict__s, frames' f_locals, bound methods and
# functions, refcounts in labels (of objects no frame holds), too_many as backreferences. Node ids are renumbered. The
# collector is off, so no automatic collection reorders its lists (get_referrers' order) between
# the explicit ones objgraph makes; frame objects are filtered out (which frames exist is
# backrefs_frames' subject).
# requires: objgraph
import contextlib
import gc
import io
import os
import re
import shutil
import tempfile
import types
import objgraph

gc.disable()


class Leaf:
    def __repr__(self):
        return 'Leaf()'


class Holder:
    def __init__(self, leaf):
        self.leaf = leaf

    def __repr__(self):
        return 'Holder()'

    def method(self):
        pass


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
leaf = Leaf()
holder = Holder(leaf)
bound = holder.method
box = [leaf, holder]
pairs = {leaf: 'x', 'k': leaf}


def mine(o):
    return not isinstance(o, (dict, types.FrameType)) or o is pairs


def no_frames(o):
    return not isinstance(o, types.FrameType)


with contextlib.redirect_stdout(said):
    objgraph.show_backrefs([leaf], filename=dot('back.dot'), filter=mine)
written('back.dot')
with contextlib.redirect_stdout(said):
    objgraph.show_backrefs(bound, filename=dot('back1.dot'), max_depth=1, filter=no_frames)
written('back1.dot')
many = [[leaf] for _ in range(15)]
with contextlib.redirect_stdout(said):
    objgraph.show_refs(holder, filename=dot('refs.dot'), max_depth=2, refcounts=True,
                       filter=lambda o: not isinstance(o, type))
written('refs.dot')
with contextlib.redirect_stdout(said):
    objgraph.show_backrefs(leaf, filename=dot('back2.dot'), max_depth=1, too_many=3, filter=no_frames)
written('back2.dot')
with contextlib.redirect_stdout(said):
    objgraph.show_backrefs(leaf, filename=dot('back3.dot'), max_depth=4,
                           filter=lambda o: isinstance(o, (list, Holder, type(objgraph))) or o is globals())
written('back3.dot')
del many

chain = objgraph.find_backref_chain(leaf, objgraph.is_proper_module)
with contextlib.redirect_stdout(said):
    objgraph.show_chain(chain, filename=dot('chain.dot'))
written('chain.dot')
with contextlib.redirect_stdout(said):
    objgraph.show_chain(objgraph.find_ref_chain(holder, lambda o: isinstance(o, Leaf)), [],
                        backrefs=False, filename=dot('chain2.dot'))
written('chain2.dot')
shutil.rmtree(folder)
