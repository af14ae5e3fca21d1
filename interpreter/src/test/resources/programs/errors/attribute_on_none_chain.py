# An AttributeError on None deep in a method chain; the caret range marks the attribute access.
class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent

    def root(self):
        node = self
        while node.parent is not None:
            node = node.parent
        return node

leaf = Node(3, Node(2, Node(1)))
print(leaf.root().value)
orphan = Node(9)
print(orphan.parent.parent.value)
