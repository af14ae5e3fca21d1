# __slots__ instances are smaller and have no __dict__
import sys
class Plain:
    def __init__(self):
        self.x = 1; self.y = 2
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1; self.y = 2
p, s = Plain(), Slotted()
print(sys.getsizeof(p), sys.getsizeof(s))
print(sys.getsizeof(p.__dict__))
print(hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print(e)
