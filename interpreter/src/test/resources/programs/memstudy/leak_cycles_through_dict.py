# "Why is my memory not freed?": cycles through instance __dict__s, bound methods
# stored on the instance, and functools.partial holding self.
# refcount: expect leak_cycles_through_dict.refcount.out
import gc
import functools
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)

class Button:
    def __init__(self):
        self.on_click = self.handle
    def handle(self):
        return "clicked"

class Task:
    def __init__(self):
        self.run_later = functools.partial(self.run, 3)
    def run(self, n):
        return n * 2

gc.collect()
gc.disable()
root = Node("root")
for i in range(3):
    root.add(Node(f"c{i}"))
w = weakref.ref(root)
del root
print("tree alive after del:", w() is not None)
print("collected tree:", gc.collect())
print("tree alive after collect:", w() is not None)

b = Button()
wb = weakref.ref(b)
print(b.on_click())
del b
print("button alive:", wb() is not None)
print("collected button:", gc.collect())
print("button alive after collect:", wb() is not None)

t = Task()
wt = weakref.ref(t)
print(t.run_later())
del t
print("task alive:", wt() is not None)
print("collected task:", gc.collect())

class WeakButton:
    def __init__(self):
        self.on_click = weakref.WeakMethod(self.handle)
    def handle(self):
        return "weakly clicked"

wbtn = WeakButton()
print(wbtn.on_click()())
ref = weakref.ref(wbtn)
del wbtn
print("weak method button freed:", ref() is None)
gc.enable()
