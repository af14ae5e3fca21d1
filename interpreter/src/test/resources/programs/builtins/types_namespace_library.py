# The namespaces of library types built in C in CPython: collections' deque, OrderedDict and
# defaultdict, weakref's types, struct sequences, itertools, functools.partial, operator.itemgetter.
import collections, weakref, sys, itertools, functools, operator
def listing(t):
    print(t.__name__, len(t.__dict__))
    for k in sorted(t.__dict__):
        print('   ', k, type(t.__dict__[k]).__name__)

for t in (collections.deque, type(iter(collections.deque())), collections.OrderedDict, collections.defaultdict,
          weakref.ref, weakref.ProxyType, weakref.CallableProxyType, type(sys.flags), type(sys.version_info),
          itertools.count, itertools.chain, functools.partial, operator.itemgetter):
    listing(t)
