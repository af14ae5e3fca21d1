# A tokenizer, recursive-descent parser producing a tuple AST, and an evaluator with errors.
import re
import operator

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[a-z_]\w*)|(?P<op>\*\*|[-+*/%()^,]))")

def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        pos = m.end()
        kind = m.lastgroup
        yield kind, m.group(kind)
    yield "end", None

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, val=None):
        tok = self.toks[self.i]
        if val is not None and tok[1] != val:
            raise SyntaxError(f"expected {val!r}, got {tok[1]!r}")
        self.i += 1
        return tok
    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return ("**", base, self.factor())
        return base
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return float(val) if "." in val else int(val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return ("call", val, args)
            return ("var", val)
        if val == "(":
            node = self.expr()
            self.take(")")
            return node
        raise SyntaxError(f"unexpected {val!r}")

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "**": operator.pow}
FUNCS = {"max": max, "min": min, "abs": abs, "round": round}

def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case ("var", name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("call", fname, args):
            return FUNCS[fname](*(evaluate(a, env) for a in args))
        case (op, a, b):
            return OPS[op](evaluate(a, env), evaluate(b, env))

env = {"x": 3, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x * x - 1", "7 / 2", "7 % 3",
            "max(1, x, 2) + abs(-4)", "round(pi * 100) / 100", "10 / (x - 3)", "y + 1",
            "2 +", "3 $ 4", "(1 + 2", "min()"]:
    try:
        tree = Parser(src).expr()
        print(f"{src!r:28} -> {tree} = {evaluate(tree, env)!r}")
    except (SyntaxError, ZeroDivisionError, KeyError, ValueError, TypeError) as e:
        print(f"{src!r:28} !! {type(e).__name__}: {e}")
