# A typo in a module attribute: AttributeError "module 'math' has no attribute 'sine'. Did you
# mean: 'sin'?" uncaught, after caught ones whose suggestions are only in the report (str(e)
# carries none) and a misspelt local name suggested by NameError.
import math, string

try:
    string.ascii_lowercas
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj is module:", e.obj is string)
try:
    totl = 3
    print(totall)
except NameError as e:
    print("caught:", e, "| name:", e.name)

def area(r):
    return math.pi * r ** 2

print(round(area(2), 3))
angles = [0, 30, 90]
print([round(math.sine(math.radians(a)), 3) for a in angles])
