# Truth values, and/or return an operand, not/chained comparisons.
values = [0, 1, -1, 0.0, "", "a", [], [0], {}, {"k": 1}, (), None, set(), range(0)]
print([bool(v) for v in values])
print(0 or "default", "x" and "y", [] and "never", None or 0 or "last")
print(not [], not 5, 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)

class Sized:
    def __len__(self):
        return 0

class Flag:
    def __bool__(self):
        return False

print(bool(Sized()), bool(Flag()), bool(object()))
