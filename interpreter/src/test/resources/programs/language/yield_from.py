# yield from delegates to a sub-generator and returns its return value.
def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    yield f"got {result}"
    yield from [10, 20]
    yield from range(3)

print(list(outer()))

def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
