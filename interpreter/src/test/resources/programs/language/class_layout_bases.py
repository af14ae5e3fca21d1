# Multiple bases and instance layouts (best_base/solid_base): a built-in type that adds no fields
# to its base shares its base's layout, so OSError and ValueError combine; int and str do not.
class UnsupportedOp(OSError, ValueError):
    pass

class Other(ValueError, OSError):
    pass

e = UnsupportedOp(2, 'nope')
print([c.__name__ for c in UnsupportedOp.__mro__], e.errno, e.strerror, isinstance(e, ValueError))
print([c.__name__ for c in Other.__mro__], Other('x').args)

class Both(KeyError, IndexError):
    pass

print(Both('k'), [c.__name__ for c in Both.__mro__])
for bases in [(int, str)]:
    try:
        type('X', bases, {})
    except TypeError as exc:
        print(bases, exc)
