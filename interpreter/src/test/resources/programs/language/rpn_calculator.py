# An RPN calculator with a stack, user-defined words, and custom exceptions carrying the token position.
import math
import operator

class RPNError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} (at token {pos})")
        self.pos = pos

class StackUnderflow(RPNError):
    pass

BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": pow, "mod": operator.mod}
UNARY = {"neg": operator.neg, "sqrt": math.sqrt, "abs": abs, "inv": lambda x: 1 / x}

def run(src, words=None):
    words = dict(words or {})
    stack = []
    tokens = src.split()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        try:
            if tok == ":":
                end = tokens.index(";", i)
                words[tokens[i + 1]] = " ".join(tokens[i + 2:end])
                i = end + 1
                continue
            if tok in words:
                tokens[i + 1:i + 1] = words[tok].split()
            elif tok in BINARY:
                if len(stack) < 2:
                    raise StackUnderflow(f"{tok!r} needs 2 values, stack has {len(stack)}", i)
                b, a = stack.pop(), stack.pop()
                stack.append(BINARY[tok](a, b))
            elif tok in UNARY:
                if not stack:
                    raise StackUnderflow(f"{tok!r} needs a value", i)
                stack.append(UNARY[tok](stack.pop()))
            elif tok == "dup":
                stack.append(stack[-1])
            elif tok == "swap":
                stack[-2:] = stack[:-3:-1]
            else:
                stack.append(float(tok) if "." in tok or "e" in tok else int(tok))
        except ZeroDivisionError as e:
            raise RPNError(f"division by zero: {e}", i) from e
        except ValueError as e:
            raise RPNError(f"bad token {tok!r}", i) from e
        i += 1
    return stack

for prog in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "2 0.5 ^", "9 sqrt neg abs", "1 2 swap", "7 dup *",
             "10 3 mod 10 3 /", "1 0 /", "1 +", "sqrt", "2 x *", "-1 sqrt", ": sq dup * ; 5 sq"]:
    try:
        print(f"{prog:24} => {run(prog)}")
    except RPNError as e:
        print(f"{prog:24} !! {type(e).__name__}: {e} cause={type(e.__cause__).__name__ if e.__cause__ else None}")
