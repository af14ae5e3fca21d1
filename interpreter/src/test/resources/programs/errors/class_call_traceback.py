# An uncaught exception raised inside __init__ during a class call: the traceback names the
# caller's line and then __init__'s, as CPython prints it.
class Node:
    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right.missing


def build():
    return Node(Node())


build()
