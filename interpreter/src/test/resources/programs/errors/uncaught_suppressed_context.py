# raise ... from None hides the context; __suppress_context__ and __context__ printed, then uncaught.
class ParseError(ValueError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line

def parse_int(text, line):
    try:
        return int(text)
    except ValueError:
        raise ParseError(line, f"not a number: {text!r}") from None

try:
    parse_int("x1", 3)
except ParseError as e:
    print(e, e.line, e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
values = [parse_int(t, i) for i, t in enumerate(["1", "2", "three"], 1)]
