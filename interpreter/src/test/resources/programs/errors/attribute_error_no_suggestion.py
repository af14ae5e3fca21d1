# No suggestion when every candidate is too far (more than a third of the characters to change)
# or the name is found only in another object; the AttributeError of a module names it
import math
try:
    math.sqr(4)
except AttributeError as e:
    print(repr(e), e.name, e.obj is math)
class Point:
    def __init__(self):
        self.x = 1
Point().completely_different
