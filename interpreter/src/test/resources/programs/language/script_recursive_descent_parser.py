# a recursive-descent parser for arithmetic with variables, an AST of dataclasses, evaluation by match, error positions
import re
from dataclasses import dataclass
from typing import Union

@dataclass(frozen=True)
class Num:
    value: float
@dataclass(frozen=True)
class Var:
    name: str
@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"
@dataclass(frozen=True)
class Neg:
    operand: "Expr"
Expr = Union[Num, Var, BinOp, Neg]

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()]))")

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

def tokenize(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character {text[pos]!r}", pos)
        num, name, op = m.groups()
        yield (num and ("num", float(num))) or (name and ("name", name)) or ("op", op), m.start(m.lastindex)
        pos = m.end()
    yield ("end", None), pos

class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0
    def peek(self):
        return self.tokens[self.i][0]
    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok
    def expect(self, value):
        (kind, v), pos = self.take()
        if v != value:
            raise ParseError(f"expected {value!r}, got {v!r}", pos)
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = BinOp(self.take()[0][1], node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            node = BinOp(self.take()[0][1], node, self.factor())
        return node
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return Neg(self.factor())
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return BinOp("**", base, self.factor())
        return base
    def atom(self):
        (kind, v), pos = self.take()
        match kind, v:
            case "num", float(x):
                return Num(x)
            case "name", str(n):
                return Var(n)
            case "op", "(":
                e = self.expr()
                self.expect(")")
                return e
            case _:
                raise ParseError(f"unexpected {v!r}", pos)
    def parse(self):
        e = self.expr()
        (kind, v), pos = self.take()
        if kind != "end":
            raise ParseError(f"trailing {v!r}", pos)
        return e

def evaluate(e, env):
    match e:
        case Num(v): return v
        case Var(n): return env[n]
        case Neg(x): return -evaluate(x, env)
        case BinOp("+", l, r): return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r): return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r): return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r): return evaluate(l, env) / evaluate(r, env)
        case BinOp("**", l, r): return evaluate(l, env) ** evaluate(r, env)

env = {"x": 3.0, "y": 4.0}
for src in ["1 + 2 * 3", "-(x + 1) ** 2", "2 ** 3 ** 2", "x * y / (x - 3)", "(1 + 2", "3 $ 4", "1 2", "z + 1", "((x))"]:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:18} {tree}")
        print(" " * 19, evaluate(tree, env))
    except ParseError as e:
        print(f"{src!r:18} ParseError: {e} (pos={e.pos})")
    except (ZeroDivisionError, KeyError) as e:
        print(" " * 19, type(e).__name__, e)
print(hash(Num(1.0)) == hash(Num(1.0)), BinOp("+", Num(1), Var("a")) == BinOp("+", Num(1), Var("a")))
