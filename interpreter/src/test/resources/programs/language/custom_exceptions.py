# User exceptions: args, str, repr, attributes, and matching by base class.
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.args, e.field)
    print(repr(e))
e = Exception("a", 2)
print(str(e), repr(e), e.args)
print(str(Exception()), repr(Exception()), str(KeyError("k")), repr(KeyError("k")))
e = ValueError("base")
e.add_note("a note")
print(e.__notes__)
