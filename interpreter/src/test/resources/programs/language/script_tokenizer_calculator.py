# Real script: a regex tokenizer and a recursive-descent calculator with error reporting.
import re
from typing import NamedTuple

class Token(NamedTuple):
    kind: str
    value: str
    pos: int

SPEC = [("NUM", r"\d+(?:\.\d*)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[-+*/^()=]"),
        ("WS", r"\s+"), ("BAD", r".")]
MASTER = re.compile("|".join(f"(?P<{k}>{p})" for k, p in SPEC))

def tokenize(src):
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield Token(kind, m.group(), m.start())

class Parser:
    def __init__(self, src, env):
        self.toks = list(tokenize(src)) + [Token("EOF", "", len(src))]
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise SyntaxError(f"expected {value!r} at {t.pos}, got {t.value or 'end'!r}")
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.power()
        while self.peek().value in ("*", "/"):
            op = self.take().value
            r = self.power()
            v = v * r if op == "*" else v / r
        return v
    def power(self):
        b = self.unary()
        if self.peek().value == "^":
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == "NUM":
            return float(t.value) if "." in t.value else int(t.value)
        if t.kind == "ID":
            return self.env[t.value]
        if t.value == "(":
            v = self.expr(); self.take(")"); return v
        raise SyntaxError(f"unexpected {t.value or 'end'!r} at {t.pos}")

env = {"pi": 3.14159, "x": 4}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "pi * x", "2 * (3 + ", "4 $ 4", "y + 1", "1 / 0", "3.5 * 2"]:
    try:
        print(f"{src:12} = {Parser(src, env).expr()}")
    except (SyntaxError, KeyError, ZeroDivisionError) as e:
        print(f"{src:12} ! {type(e).__name__}: {e}")
print(list(tokenize("a=1")))
