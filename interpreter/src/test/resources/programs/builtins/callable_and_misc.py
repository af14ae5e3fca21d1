# callable, format, bin/oct, divmod on negatives, ascii, bool of objects.
class WithCall:
    def __call__(self):
        return "called"

print(callable(len), callable(WithCall()), callable(WithCall), callable(3), callable(lambda: 0))
print(format(3.14159, ".3f"), format(42, "08b"), format("x", ">4"), format(1e6, ",.0f"))
print(ascii("ünïcode"), ascii([1, "é"]), bin(-6), oct(-8))
print(globals()["__name__"], "__builtins__" in globals(), type(locals()).__name__)
