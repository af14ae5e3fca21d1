# copy.copy against copy.deepcopy counted: a shallow copy adds one reference
# to every inner object, a deep copy none (it makes new ones) except for
# atoms and tuples of atoms it hands back; the memo dict a deepcopy fills.
import copy
import sys

inner = [1, 2]
key = "shared-key"
atom = 10**20
frozen = (1, 2, "three")
data = {"list": inner, "again": inner, key: atom, "t": frozen}

def counts():
    return (sys.getrefcount(inner), sys.getrefcount(key), sys.getrefcount(atom), sys.getrefcount(frozen))

print("start              ", counts())
shallow = copy.copy(data)
print("after copy.copy    ", counts(), shallow["list"] is inner)
deep = copy.deepcopy(data)
print("after deepcopy     ", counts(), deep["list"] is inner, deep["list"] is deep["again"])
print("deep keeps atoms   ", deep[key] is atom, deep["t"] is frozen)
del shallow, deep
print("both dropped       ", counts())
memo = {}
deep = copy.deepcopy(data, memo)
print("memo entries       ", len(memo), id(data) in memo, memo[id(inner)] is deep["list"])
print("memo keeps alive   ", sys.getrefcount(inner), type(memo[id(memo)]).__name__, len(memo[id(memo)]))
del memo
print("memo dropped       ", counts())
nested = (inner, 5)
dn = copy.deepcopy(nested)
print("tuple with a list copied:", dn is nested, dn[0] is inner)
class Node:
    def __init__(self, payload):
        self.payload = payload
        self.peer = None
a = Node(inner)
b = Node(inner)
a.peer, b.peer = b, a
c = copy.deepcopy(a)
print("cycle copied:", c.peer.peer is c, c.payload is c.peer.payload, c.payload is not inner)
print("shallow of instance shares payload:", copy.copy(a).payload is inner)
print("refcount of inner now", sys.getrefcount(inner))
