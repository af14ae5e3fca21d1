# objgraph's error paths and edge cases: at() of an unknown id is None, a chain that cannot be
# found is [obj], empty tables, bad arguments raising what objgraph's code raises.
# requires: objgraph
import io
import re
import objgraph


class Thing:
    pass


t = Thing()
print(objgraph.at(id(t) + 1), objgraph.at(-1), objgraph.at('not an id'))
chain = objgraph.find_backref_chain(t, lambda o: False, max_depth=2)
print(len(chain), chain[0] is t)
chain = objgraph.find_ref_chain(t, lambda o: isinstance(o, int), max_depth=0)
print(len(chain), chain[0] is t)
print(len(objgraph.find_backref_chain(t, objgraph.is_proper_module, max_depth=0)))


def report(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, 'returned', r)


report(objgraph.count, 1)
report(objgraph.by_type, None)
report(objgraph.count, 'Thing', 5)
report(objgraph.typestats, objects=[t], filter=5)
report(objgraph.show_most_common_types, objects=[])
report(objgraph.show_most_common_types, objects=[t], file=5)
report(objgraph.most_common_types, objects=[], limit=3)
report(objgraph.get_new_ids, sortby='size', limit=0)
report(objgraph.show_growth, peak_stats={'Thing': 5}, filter=lambda o: isinstance(o, Thing))
report(objgraph.growth, peak_stats={'Thing': 0}, filter=lambda o: isinstance(o, Thing))
report(objgraph.show_refs, t, output=io.StringIO(), filename='a.dot')
report(objgraph.show_backrefs, [t], filename='a.dot', output=io.StringIO())
report(objgraph.show_chain)
report(objgraph.show_chain, [], [])
report(objgraph.at_addrs, 5)
report(objgraph.find_ref_chain, t, None)
report(objgraph.count)
report(objgraph.is_proper_module, None)


class BadRepr:
    def __repr__(self):
        raise RuntimeError('no repr')


out = io.StringIO()
objgraph.show_refs([BadRepr()], output=out, max_depth=0)
print(re.sub(r'o\d+', 'N', out.getvalue().splitlines()[3]))
