# global rebinds a module variable from a function; nonlocal one of an enclosing function;
# without them assignment makes a local.
x = "global x"

def read():
    return x

def shadow():
    x = "local x"
    return x

def rebind():
    global x
    x = "rebound"

def outer():
    y = "outer y"
    def inner():
        nonlocal y
        y = "changed by inner"
    inner()
    return y

print(read(), shadow(), x)
rebind()
print(x, outer())

def unbound():
    print(x)
    x = 1

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
