# Calling methods with the wrong arguments: a caught missing-argument TypeError, a caught
# unexpected-keyword one with its suggestion-free message, then an uncaught "takes 2 positional
# arguments but 3 were given" from a bound method, with the caret line under the call.
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def scale(self, factor):
        return Shape(self.w * factor, self.h * factor)

try:
    Shape(1)
except TypeError as e:
    print("caught:", e)
try:
    Shape(1, 2).scale(factr=2)
except TypeError as e:
    print("caught:", e)
try:
    Shape(w=1, h=2, d=3)
except TypeError as e:
    print("caught:", e)

s = Shape(2, 3)
big = s.scale(2, 3)
