# NameError suggestions: a local typo, a global typo, a builtin typo, and the uncaught one from a closure
import traceback

def compute(values):
    totl = 0
    for v in values:
        totl += v
    try:
        return total
    except NameError as e:
        print("local:", e)
    return totl

print(compute([1, 2, 3]))
config_value = 10
try:
    print(config_valeu)
except NameError as e:
    print("global:", e)
try:
    lenn([1])
except NameError as e:
    print("builtin:", e)
try:
    xyzzy_never_defined
except NameError as e:
    print("none:", e)
try:
    print(Tru)
except NameError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end="")

def outer():
    counter_value = 1
    def inner():
        return counter_valu + 1
    return inner()
outer()
