# A binary search tree (insert, delete, in-order iteration, height) and a linked list with the sequence protocol.
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None

class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.add(k)
    def add(self, key):
        def ins(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            return node
        self.root = ins(self.root)
    def remove(self, key):
        def rm(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = rm(node.left, key)
            elif key > node.key:
                node.right = rm(node.right, key)
            else:
                if node.left is None or node.right is None:
                    self.size -= 1
                    return node.left or node.right
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = rm(node.right, succ.key)
            return node
        self.root = rm(self.root, key)
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def __len__(self):
        return self.size
    def __contains__(self, key):
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height(), 45 in t, 99 in t)
for k in [20, 30, 50, 99]:
    try:
        t.remove(k)
        print("removed", k, list(t), len(t), t.height())
    except KeyError as e:
        print("KeyError", e)
print(sorted(BST("hello world")), list(BST(range(10))) == list(range(10)), BST(range(10)).height())

class LinkedList:
    class _Cell:
        __slots__ = ("value", "next")
        def __init__(self, value, nxt=None):
            self.value, self.next = value, nxt
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = self._Cell(x, self.head)
    def __iter__(self):
        c = self.head
        while c:
            yield c.value
            c = c.next
    def __len__(self):
        return sum(1 for _ in self)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        for j, v in enumerate(self):
            if j == (i if i >= 0 else len(self) + i):
                return v
        raise IndexError("linked list index out of range")
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
    def reverse(self):
        prev, c = None, self.head
        while c:
            c.next, prev, c = prev, c, c.next
        self.head = prev
        return self

ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::2], "c" in ll, list(reversed(ll)) if hasattr(ll, "__reversed__") else list(ll)[::-1])
print(ll.reverse(), LinkedList(), bool(LinkedList()), list(enumerate(LinkedList([7, 8]))))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
