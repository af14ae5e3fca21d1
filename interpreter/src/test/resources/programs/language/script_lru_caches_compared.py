# Real script: an LRU cache on OrderedDict and one on a dict + linked list, compared.
from collections import OrderedDict

class LRU:
    def __init__(self, cap):
        self.cap = cap; self.d = OrderedDict(); self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k); self.hits += 1
            return self.d[k]
        self.misses += 1
        return None
    def put(self, k, v):
        self.d[k] = v; self.d.move_to_end(k)
        if len(self.d) > self.cap:
            old, _ = self.d.popitem(last=False)
            return old
    def __repr__(self):
        return f"LRU({list(self.d.items())})"

class Node:
    __slots__ = ("k", "v", "prev", "next")
    def __init__(self, k=None, v=None):
        self.k, self.v = k, v; self.prev = self.next = None

class LinkedLRU:
    def __init__(self, cap):
        self.cap = cap; self.map = {}
        self.head = Node(); self.tail = Node()
        self.head.next = self.tail; self.tail.prev = self.head
    def _unlink(self, n):
        n.prev.next = n.next; n.next.prev = n.prev
    def _push(self, n):
        n.prev = self.tail.prev; n.next = self.tail
        self.tail.prev.next = n; self.tail.prev = n
    def get(self, k):
        n = self.map.get(k)
        if n is None: return None
        self._unlink(n); self._push(n); return n.v
    def put(self, k, v):
        if k in self.map:
            n = self.map[k]; n.v = v; self._unlink(n); self._push(n); return None
        n = Node(k, v); self.map[k] = n; self._push(n)
        if len(self.map) > self.cap:
            old = self.head.next; self._unlink(old); del self.map[old.k]; return old.k
    def items(self):
        n = self.head.next; out = []
        while n is not self.tail:
            out.append((n.k, n.v)); n = n.next
        return out

import random
rng = random.Random(7)
a, b = LRU(4), LinkedLRU(4)
evicted = []
for step in range(60):
    k = rng.choice("abcdefg")
    if rng.random() < 0.5:
        ea, eb = a.put(k, step), b.put(k, step)
        assert ea == eb, (ea, eb)
        if ea: evicted.append(ea)
    else:
        assert a.get(k) == b.get(k)
print(a)
print(b.items() == list(a.d.items()))
print("hits", a.hits, "misses", a.misses, "evicted", "".join(evicted))
