# get_new_ids(): the ids of objects made since the previous call, its table (sorted by a column,
# limited), skip_update, and at_addrs() turning the ids back into objects.
# requires: objgraph
import io
import objgraph


class Widget:
    pass


class Gadget:
    pass


objgraph.get_new_ids(limit=0)
objgraph.get_new_ids(limit=0)
widgets = [Widget() for _ in range(60)]
gadgets = [Gadget() for _ in range(45)]
new = objgraph.get_new_ids(limit=2)
print(len(new['Widget']), len(new['Gadget']))
print(sorted(id(w) for w in widgets) == sorted(new['Widget']))
print(new is objgraph.get_new_ids(skip_update=True))
found = objgraph.at_addrs(new['Gadget'])
print(len(found), all(type(g) is Gadget for g in found), gadgets[0] in found)

del widgets[:50]
table = io.StringIO()
new = objgraph.get_new_ids(limit=1, sortby='new', file=table)
print(len(new['Widget']), len(new['Gadget']))
print(table.getvalue().count('\n'))
widgets += [Widget() for _ in range(70)]
new = objgraph.get_new_ids(limit=1, sortby='deltas', shortnames=False, file=io.StringIO())
print(len(new['__main__.Widget']), len(new.get('Widget', ())))
print(sorted(n for n in new if n.startswith('__main__.')))
