# str(), repr(), format() and f-strings hand back the very str object __str__ or __repr__ returned
# (PyObject_Str returns tp_str's result as it is), so a constant returned by __repr__ is shared.
class Constant:
    def __repr__(self):
        return "Constant()"


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return self.name


c = Constant()
print(str(c) is str(c), repr(c) is repr(c), str(c) is repr(c))
print(f"{c}" is repr(c), format(c) is repr(c), format(c, "") is str(c))
label = "".join(["lab", "el"])
n = Named(label)
print(str(n) is label, f"{n}" is label, repr(n) is label)
print(str(label) is label, str(str(n)) is label)
