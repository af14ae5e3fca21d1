# Article: 001, "Memory management in Python" (Aliyun developer community): advice for using less memory.
# Watch: a generator stays a few hundred bytes while the list holds all 10000 squares; a child that
# refers to its parent through weakref.ref makes no cycle, so `del` frees both and gc.collect()
# finds nothing, under every collector.
import gc
import sys
import weakref

squares_list = [n * n for n in range(10000)]
squares_gen = (n * n for n in range(10000))
print("list over 80000 bytes:", sys.getsizeof(squares_list) > 80000)
print("generator under 300 bytes:", sys.getsizeof(squares_gen) < 300)
print("same sum:", sum(squares_list) == sum(squares_gen))
print("a used-up generator sums to", sum(squares_gen))


class Parent:
    def __init__(self):
        self.children = []

    def __del__(self):
        print("parent freed")


class Child:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)
        parent.children.append(self)

    def __del__(self):
        print("child freed")


gc.collect()
p = Parent()
c = Child(p)
print("the child reaches its parent:", c.parent() is p)
del c
print("the child is still held by the parent")
del p
print("gc.collect() finds", gc.collect())
