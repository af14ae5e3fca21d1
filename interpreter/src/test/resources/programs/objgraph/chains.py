# find_backref_chain() and find_ref_chain(): the shortest chain by type, to a module in
# sys.modules or to an object a predicate accepts; max_depth; extra_ignore; [obj] when no chain.
# requires: objgraph
import objgraph


class Registry:
    def __init__(self):
        self.entries = {}


class Entry:
    def __init__(self, payload):
        self.payload = payload


class Payload:
    pass


registry = Registry()
target = Payload()
registry.entries['first'] = Entry(target)


def names(chain):
    return [type(x).__name__ for x in chain]


chain = objgraph.find_backref_chain(target, objgraph.is_proper_module)
print(names(chain), chain[0] is objgraph.sys.modules['__main__'], chain[-1] is target)
print(chain[1] is globals(), chain[2] is registry)

chain = objgraph.find_backref_chain(target, lambda x: isinstance(x, Registry))
print(names(chain), chain[0] is registry)
print(names(objgraph.find_backref_chain(target, objgraph.is_proper_module, max_depth=2)))
print(names(objgraph.find_backref_chain(target, lambda x: x is target)))

chain = objgraph.find_ref_chain(registry, lambda x: isinstance(x, Payload))
print(names(chain), chain[0] is registry, chain[-1] is target)
print(names(objgraph.find_ref_chain(registry, lambda x: isinstance(x, Payload), max_depth=3)))
print(names(objgraph.find_ref_chain(registry, lambda x: isinstance(x, Payload), max_depth=4)))
print(names(objgraph.find_ref_chain(registry, lambda x: False)))

lonely = Payload()
holder = [lonely]
print(names(objgraph.find_backref_chain(lonely, lambda x: isinstance(x, dict) and 'holder' in x)))
print(names(objgraph.find_backref_chain(lonely, objgraph.is_proper_module,
                                        extra_ignore=[id(holder)])))
del holder
orphan = [Payload()]
print(names(objgraph.find_ref_chain(orphan, lambda x: isinstance(x, Payload))))
