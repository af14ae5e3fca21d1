# An exception whose __str__ raises: the uncaught report prints the type with
# "<exception str() failed>" instead of a message; the exception was created with two args.
class ParseError(Exception):
    def __init__(self, line, text):
        super().__init__(line, text)
        self.line = line

    def __str__(self):
        return f"line {self.line}: {self.text}"

try:
    raise ParseError(3, "bad token")
except ParseError as e:
    print("caught", repr(e), e.args)
    try:
        str(e)
    except AttributeError as inner:
        print("str failed:", inner)

raise ParseError(7, "unexpected end")
