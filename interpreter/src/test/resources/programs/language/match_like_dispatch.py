# Dispatch with dicts of functions and isinstance chains.
def area(shape):
    kind, *dims = shape
    handlers = {
        "square": lambda s: s * s,
        "rect": lambda w, h: w * h,
        "circle": lambda r: round(3.14159 * r * r, 2),
    }
    return handlers[kind](*dims)

print([area(s) for s in [("square", 3), ("rect", 2, 5), ("circle", 1)]])

def describe(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        return "int"
    elif isinstance(x, (list, tuple)):
        return f"sequence of {len(x)}"
    return type(x).__name__

print([describe(v) for v in (True, 3, [1], (1, 2), "s", None)])
