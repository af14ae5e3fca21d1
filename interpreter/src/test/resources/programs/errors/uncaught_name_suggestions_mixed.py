# NameError suggestions for a local typo, a global typo and an attribute-like name; the last one uncaught
import math
def area(radius):
    try:
        return math.pi * radus ** 2
    except NameError as e:
        print(e)
    try:
        return mth.pi
    except NameError as e:
        print(e)
    return math.pi * radius ** 2
print(area(1.0))
class Shape:
    sides = 4
    def describe(self):
        return sides
try:
    Shape().describe()
except NameError as e:
    print(e)
try:
    import colections
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from sys import getrefcont
except ImportError as e:
    print(e, e.name)
try:
    math.sqr
except AttributeError as e:
    print(e)
lenght = 3
print(lenth)
