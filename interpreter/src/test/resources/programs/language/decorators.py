# Decorators wrap functions (the wrapper copies the name here); a class can be decorated too.
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
def hi(name):
    return "hi " + name

add(2, 3)
print(add.__name__, hi.__name__, hi("x"))

def register(cls):
    cls.registered = True
    return cls

@register
class Thing:
    pass

print(Thing.registered)
