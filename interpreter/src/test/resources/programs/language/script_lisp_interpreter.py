# Real script: a tiny Lisp interpreter: reader, environments with closures, errors.
import operator as op, math

def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()

def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    t = tokens.pop(0)
    if t == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return lst
    if t == ")":
        raise SyntaxError("unexpected )")
    for conv in (int, float):
        try:
            return conv(t)
        except ValueError:
            pass
    return t

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args)); self.outer = outer
    def find(self, name):
        if name in self: return self
        if self.outer is None: raise NameError(f"undefined symbol {name}")
        return self.outer.find(name)

def std_env():
    e = Env()
    e.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt, "=": op.eq,
              "abs": abs, "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:],
              "len": len, "sqrt": math.sqrt, "null?": lambda l: l == []})
    return e

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"

def evaluate(x, env):
    if isinstance(x, str): return env.find(x)[x]
    if not isinstance(x, list): return x
    head, *rest = x
    if head == "quote": return rest[0]
    if head == "if":
        test, conseq, alt = rest
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == "define":
        env[rest[0]] = evaluate(rest[1], env); return None
    if head == "lambda": return Lambda(rest[0], rest[1], env)
    proc = evaluate(head, env)
    return proc(*[evaluate(a, env) for a in rest])

def lispstr(v):
    if isinstance(v, list): return "(" + " ".join(map(lispstr, v)) + ")"
    return str(v)

g = std_env()
programs = ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 20)",
            "(define make-adder (lambda (n) (lambda (x) (+ x n))))", "((make-adder 3) 4)",
            "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(fib 15)",
            "(list 1 2.5 (quote (a b)))", "(cdr (quote (1 2 3)))", "(sqrt 2)", "fact", "(foo 1)",
            "(+ 1", ")", "(/ 1 0)", "(car (quote ()))", "(fact 2000)"]
for src in programs:
    try:
        r = evaluate(read(tokenize(src)), g)
        if r is not None: print(src, "=>", lispstr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, str(e)[:60])
