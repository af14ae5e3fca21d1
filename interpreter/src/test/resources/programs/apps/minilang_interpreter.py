# A whole application: a tokenizer, a recursive-descent parser building an AST of classes and an
# evaluator with closures, for a small language (let, fn, if, while, lists, strings); the scripts
# it runs print tables, and its own error paths (lexing, parsing, runtime) report positions.
import re
from dataclasses import dataclass, field
from typing import Any

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NAME", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("OP", r"==|!=|<=|>=|&&|\|\||[-+*/%<>=(){}\[\],;!]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))
KEYWORDS = {"let", "fn", "if", "else", "while", "return", "true", "false", "nil", "print"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    line: int
    col: int


class LangError(Exception):
    def __init__(self, kind, message, line, col):
        super().__init__(f"{kind} at {line}:{col}: {message}")
        self.kind = kind


def tokenize(src):
    line, start = 1, 0
    for m in MASTER.finditer(src):
        kind, text = m.lastgroup, m.group()
        col = m.start() - start + 1
        if kind == "NEWLINE":
            line += 1
            start = m.end()
            continue
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise LangError("LexError", f"unexpected character {text!r}", line, col)
        if kind == "NAME" and text in KEYWORDS:
            kind = text.upper()
        yield Token(kind, text, line, col)
    yield Token("EOF", "", line, 1)


@dataclass
class Node:
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class Num(Node):
    value: Any = 0

@dataclass
class Str(Node):
    value: str = ""

@dataclass
class Var(Node):
    name: str = ""

@dataclass
class BinOp(Node):
    op: str = ""
    left: Node = None
    right: Node = None

@dataclass
class Unary(Node):
    op: str = ""
    operand: Node = None

@dataclass
class Call(Node):
    func: Node = None
    args: list = field(default_factory=list)

@dataclass
class Index(Node):
    target: Node = None
    index: Node = None

@dataclass
class ListLit(Node):
    items: list = field(default_factory=list)

@dataclass
class FnLit(Node):
    params: list = field(default_factory=list)
    body: list = field(default_factory=list)

@dataclass
class Let(Node):
    name: str = ""
    value: Node = None

@dataclass
class Assign(Node):
    name: str = ""
    value: Node = None

@dataclass
class If(Node):
    cond: Node = None
    then: list = field(default_factory=list)
    other: list = field(default_factory=list)

@dataclass
class While(Node):
    cond: Node = None
    body: list = field(default_factory=list)

@dataclass
class Return(Node):
    value: Node = None

@dataclass
class Print(Node):
    args: list = field(default_factory=list)

@dataclass
class ExprStmt(Node):
    expr: Node = None


PRECEDENCE = [("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def match(self, *texts):
        tok = self.peek()
        if tok.text in texts and tok.kind in ("OP",) + tuple(t.upper() for t in texts):
            return self.advance()
        if tok.kind == "OP" and tok.text in texts:
            return self.advance()
        return None

    def expect(self, text):
        tok = self.peek()
        if tok.text != text:
            raise LangError("ParseError", f"expected {text!r}, found {tok.text or 'end of input'!r}", tok.line, tok.col)
        return self.advance()

    def program(self):
        stmts = []
        while self.peek().kind != "EOF":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.expect("{")
        stmts = []
        while self.peek().text != "}":
            if self.peek().kind == "EOF":
                tok = self.peek()
                raise LangError("ParseError", "unterminated block", tok.line, tok.col)
            stmts.append(self.statement())
        self.expect("}")
        return stmts

    def statement(self):
        tok = self.peek()
        match tok.kind:
            case "LET":
                self.advance()
                name = self.advance()
                if name.kind != "NAME":
                    raise LangError("ParseError", f"bad name {name.text!r}", name.line, name.col)
                self.expect("=")
                value = self.expression()
                self.expect(";")
                return Let(tok.line, name.text, value)
            case "IF":
                self.advance()
                cond = self.expression()
                then = self.block()
                other = []
                if self.peek().kind == "ELSE":
                    self.advance()
                    other = [self.statement()] if self.peek().kind == "IF" else self.block()
                return If(tok.line, cond, then, other)
            case "WHILE":
                self.advance()
                return While(tok.line, self.expression(), self.block())
            case "RETURN":
                self.advance()
                value = self.expression() if self.peek().text != ";" else None
                self.expect(";")
                return Return(tok.line, value)
            case "PRINT":
                self.advance()
                self.expect("(")
                args = self.arguments(")")
                self.expect(";")
                return Print(tok.line, args)
            case "NAME" if self.tokens[self.pos + 1].text == "=":
                self.advance()
                self.advance()
                value = self.expression()
                self.expect(";")
                return Assign(tok.line, tok.text, value)
            case _:
                expr = self.expression()
                self.expect(";")
                return ExprStmt(tok.line, expr)

    def arguments(self, close):
        args = []
        if self.peek().text != close:
            args.append(self.expression())
            while self.peek().text == ",":
                self.advance()
                args.append(self.expression())
        self.expect(close)
        return args

    def expression(self, level=0):
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.expression(level + 1)
        while self.peek().kind == "OP" and self.peek().text in PRECEDENCE[level]:
            op = self.advance()
            left = BinOp(op.line, op.text, left, self.expression(level + 1))
        return left

    def unary(self):
        tok = self.peek()
        if tok.text in ("-", "!") and tok.kind == "OP":
            self.advance()
            return Unary(tok.line, tok.text, self.unary())
        return self.postfix(self.primary())

    def postfix(self, node):
        while True:
            tok = self.peek()
            if tok.text == "(":
                self.advance()
                node = Call(tok.line, node, self.arguments(")"))
            elif tok.text == "[":
                self.advance()
                node = Index(tok.line, node, self.expression())
                self.expect("]")
            else:
                return node

    def primary(self):
        tok = self.advance()
        match tok.kind:
            case "NUMBER":
                return Num(tok.line, float(tok.text) if "." in tok.text else int(tok.text))
            case "STRING":
                return Str(tok.line, tok.text[1:-1].encode().decode("unicode_escape"))
            case "TRUE" | "FALSE":
                return Num(tok.line, tok.kind == "TRUE")
            case "NIL":
                return Num(tok.line, None)
            case "NAME":
                return Var(tok.line, tok.text)
            case "FN":
                self.expect("(")
                params = [t.text for t in self.arguments(")")] if False else self.params()
                return FnLit(tok.line, params, self.block())
            case "OP" if tok.text == "(":
                expr = self.expression()
                self.expect(")")
                return expr
            case "OP" if tok.text == "[":
                return ListLit(tok.line, self.arguments("]"))
        raise LangError("ParseError", f"unexpected {tok.text or 'end of input'!r}", tok.line, tok.col)

    def params(self):
        names = []
        while self.peek().text != ")":
            names.append(self.advance().text)
            if self.peek().text == ",":
                self.advance()
        self.expect(")")
        return names


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name, line):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise LangError("NameError", f"undefined variable {name!r}", line, 0)


class Function:
    def __init__(self, params, body, closure, name="<fn>"):
        self.params, self.body, self.closure, self.name = params, body, closure, name

    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


class Interpreter:
    def __init__(self, out):
        self.globals = Env()
        self.out = out
        self.calls = 0
        builtins = {"len": len, "str": self.show, "push": lambda l, v: l.append(v) or l,
                    "range": lambda n: list(range(n)), "sqrt": lambda x: round(x ** 0.5, 6)}
        self.globals.vars.update(builtins)

    def show(self, v):
        if v is None:
            return "nil"
        if v is True or v is False:
            return "true" if v else "false"
        if isinstance(v, list):
            return "[" + ", ".join(self.show(x) for x in v) + "]"
        if isinstance(v, float):
            return f"{v:.4g}"
        return str(v)

    def run(self, stmts, env):
        for s in stmts:
            self.execute(s, env)

    def execute(self, s, env):
        match s:
            case Let(name=name, value=value):
                v = self.eval(value, env)
                if isinstance(v, Function) and v.name == "<fn>":
                    v.name = name
                env.vars[name] = v
            case Assign(name=name, value=value, line=line):
                env.lookup(name, line).vars[name] = self.eval(value, env)
            case If(cond=cond, then=then, other=other):
                self.run(then if self.truthy(self.eval(cond, env)) else other, Env(env))
            case While(cond=cond, body=body):
                n = 0
                while self.truthy(self.eval(cond, env)):
                    self.run(body, Env(env))
                    n += 1
                    if n > 10000:
                        raise LangError("RuntimeError", "loop limit", s.line, 0)
            case Return(value=value):
                raise ReturnSignal(None if value is None else self.eval(value, env))
            case Print(args=args):
                self.out.append(" ".join(self.show(self.eval(a, env)) for a in args))
            case ExprStmt(expr=expr):
                self.eval(expr, env)

    def truthy(self, v):
        return v not in (None, False, 0, "", [])  if not isinstance(v, list) else bool(v)

    def eval(self, e, env):
        match e:
            case Num(value=v) | Str(value=v):
                return v
            case Var(name=name, line=line):
                return env.lookup(name, line).vars[name]
            case ListLit(items=items):
                return [self.eval(i, env) for i in items]
            case FnLit(params=params, body=body):
                return Function(params, body, env)
            case Unary(op="-", operand=x):
                return -self.eval(x, env)
            case Unary(op="!", operand=x):
                return not self.truthy(self.eval(x, env))
            case BinOp(op="&&", left=l, right=r):
                left = self.eval(l, env)
                return self.eval(r, env) if self.truthy(left) else left
            case BinOp(op="||", left=l, right=r):
                left = self.eval(l, env)
                return left if self.truthy(left) else self.eval(r, env)
            case BinOp(op=op, left=l, right=r, line=line):
                a, b = self.eval(l, env), self.eval(r, env)
                try:
                    return OPS[op](a, b)
                except (TypeError, ZeroDivisionError) as exc:
                    raise LangError("RuntimeError", f"{op}: {exc}", line, 0) from exc
            case Index(target=t, index=i, line=line):
                seq, idx = self.eval(t, env), self.eval(i, env)
                try:
                    return seq[idx]
                except IndexError:
                    raise LangError("RuntimeError", f"index {idx} out of range for length {len(seq)}", line, 0) from None
            case Call(func=f, args=args, line=line):
                fn = self.eval(f, env)
                values = [self.eval(a, env) for a in args]
                if callable(fn):
                    return fn(*values)
                if not isinstance(fn, Function):
                    raise LangError("RuntimeError", f"{self.show(fn)} is not callable", line, 0)
                if len(values) != len(fn.params):
                    raise LangError("RuntimeError", f"{fn!r} takes {len(fn.params)} arguments, got {len(values)}", line, 0)
                self.calls += 1
                local = Env(fn.closure)
                local.vars.update(zip(fn.params, values))
                try:
                    self.run(fn.body, local)
                except ReturnSignal as r:
                    return r.value
                return None
        raise LangError("RuntimeError", f"cannot evaluate {type(e).__name__}", 0, 0)


SCRIPTS = {
    "fib_table": '''
let fib = fn(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); };
let i = 0;
while i < 15 { print("fib", i, fib(i)); i = i + 1; }
''',
    "closures": '''
let counter = fn() { let n = 0; return fn() { n = n + 1; return n; }; };
let a = counter(); let b = counter();
a(); a(); b();
print("a", a(), "b", b());
let compose = fn(f, g) { return fn(x) { return f(g(x)); }; };
let inc = fn(x) { return x + 1; };
let dbl = fn(x) { return x * 2; };
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose);
''',
    "lists": '''
let map = fn(f, xs) { let out = []; let i = 0; while i < len(xs) { push(out, f(xs[i])); i = i + 1; } return out; };
let filter = fn(p, xs) { let out = []; for_each(xs, fn(x) { if p(x) { push(out, x); } }); return out; };
let for_each = fn(xs, f) { let i = 0; while i < len(xs) { f(xs[i]); i = i + 1; } };
let squares = map(fn(x) { return x * x; }, range(10));
print(squares);
print(filter(fn(x) { return x % 3 == 0; }, squares));
print("roots", map(sqrt, [2, 3, 5.5]), "strs", map(str, [nil, true, false, "s", 1.5]));
''',
    "strings": '''
let greet = fn(who) { return "hello, " + who + "!"; };
print(greet("world"), len(greet("x")));
let s = ""; let i = 0;
while i < 5 { s = s + str(i) + (i < 4 && "-" || ""); i = i + 1; }
print(s, !true, !0, -(3 - 10) % 4, 7 / 2);
''',
    "lex_error": 'let x = 3 $ 4;',
    "parse_error": 'let y = (1 + 2;\nprint(y);',
    "unterminated": 'while true {\n print(1);',
    "runtime_name": 'let f = fn() { return missing + 1; };\nprint(f());',
    "runtime_type": 'print("a" - 1);',
    "runtime_index": 'let xs = [1, 2, 3];\nprint(xs[3]);',
    "runtime_div": 'print(1 / 0);',
    "arity": 'let f = fn(a, b) { return a; };\nf(1);',
    "not_callable": 'let x = 4; x(1);',
}

for name, src in SCRIPTS.items():
    out = []
    interp = Interpreter(out)
    try:
        tree = Parser(src).program()
        interp.run(tree, interp.globals)
        status = "ok"
    except LangError as exc:
        status = f"{exc.kind}: {exc}"
        cause = exc.__cause__
        if cause is not None:
            status += f" (caused by {type(cause).__name__})"
    print(f"== {name}: {status}; {len(out)} lines, {interp.calls} calls")
    for line in out:
        print("   ", line)

tree = Parser("let z = fn(a) { return a * (2 + 3); };").program()
print(tree[0])
print(tree[0] == Let(99, "z", FnLit(1, ["a"], [Return(1, BinOp(1, "*", Var(1, "a"), BinOp(1, "+", Num(1, 2), Num(1, 3))))])))
print(sorted(KEYWORDS), len(list(tokenize(SCRIPTS["lists"]))))
