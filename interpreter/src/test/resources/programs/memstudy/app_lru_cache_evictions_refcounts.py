# An LRU cache class built on a dict and a doubly linked list of nodes, watched with
# sys.getrefcount and gc.get_referrers as entries are evicted: the value's count drops
# when its node leaves the map, and the evicted nodes form no cycle once unlinked.
# collectors: generational marksweep
import gc
import sys


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node(None, None)
        self.head.prev = self.head.next = self.head
        self.evicted = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            return None
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            self._unlink(self.map.pop(key))
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            last = self.head.prev
            self._unlink(last)
            del self.map[last.key]
            self.evicted += 1

    def keys(self):
        out, n = [], self.head.next
        while n is not self.head:
            out.append(n.key)
            n = n.next
        return out


class Payload:
    def __init__(self, name):
        self.name = name


gc.collect()
cache = LRU(3)
payloads = {name: Payload(name) for name in "abcde"}
for name in "abc":
    cache.put(name, payloads[name])
print("after abc:", cache.keys(), [sys.getrefcount(payloads[n]) for n in "abc"])
cache.get("a")
cache.put("d", payloads["d"])
print("after get a, put d:", cache.keys(), "evicted", cache.evicted)
print("refcounts a b c d:", [sys.getrefcount(payloads[n]) for n in "abcd"])
holders = [type(r).__name__ for r in gc.get_referrers(payloads["a"])]
print("holders of a:", sorted(holders))
print("holders of b:", sorted(type(r).__name__ for r in gc.get_referrers(payloads["b"])))
cache.put("e", payloads["e"])
cache.put("a", payloads["a"])
print("final:", cache.keys(), "evicted", cache.evicted)
print("unreachable after evictions:", gc.collect())
del cache
print("ring of the sentinel and live nodes:", gc.collect())
