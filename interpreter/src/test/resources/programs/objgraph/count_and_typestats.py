# objgraph's counters: count by short and qualified name, typestats with a filter and with a given
# list of objects, most_common_types and show_most_common_types' table (names padded to the longest).
# requires: objgraph
import gc
import io
import objgraph


class Person:
    def __init__(self, name):
        self.name = name


class Dog:
    pass


class VeryLongClassNameForTheTable:
    pass


people = [Person(str(i)) for i in range(7)]
dogs = [Dog() for _ in range(3)]
odd = VeryLongClassNameForTheTable()

print(objgraph.count('Person'), objgraph.count('Dog'), objgraph.count('VeryLongClassNameForTheTable'))
print(objgraph.count('__main__.Person'), objgraph.count('other.Person'), objgraph.count('NoSuchType'))
print(objgraph.count('Person', people[:2]), objgraph.count('int', [1, 2, 'x']))
print(objgraph.count('builtins.int', [1, 2, 'x']), objgraph.count('builtins.str', [1, 2, 'x']))

mine = (Person, Dog, VeryLongClassNameForTheTable)
stats = objgraph.typestats(filter=lambda o: isinstance(o, mine))
print(sorted(stats.items()))
print(objgraph.typestats(objects=[1, 'a', [], [], {}, people[0]]))
print(objgraph.typestats(objects=[1, [], people[0], odd], shortnames=False))

mixed = people + dogs + [odd, odd, 3, 4, 5, 6]
print(objgraph.most_common_types(objects=mixed))
print(objgraph.most_common_types(limit=2, objects=mixed))
print(objgraph.most_common_types(limit=None, objects=mixed, shortnames=False))
print(objgraph.most_common_types(limit=0, objects=mixed, filter=lambda o: not isinstance(o, int)))
objgraph.show_most_common_types(objects=mixed)
objgraph.show_most_common_types(limit=3, objects=mixed, shortnames=False)
buf = io.StringIO()
objgraph.show_most_common_types(objects=mixed, file=buf, filter=lambda o: isinstance(o, Dog))
print(repr(buf.getvalue()))

del people[:4], mixed
gc.collect()
print(objgraph.count('Person'), objgraph.typestats(filter=lambda o: type(o) is Person))
