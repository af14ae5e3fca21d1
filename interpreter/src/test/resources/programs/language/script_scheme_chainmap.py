# a tiny Scheme: tokenizer, reader to nested lists, environments as ChainMap, closures via lambda, tail recursion by loop, error reporting
import math, operator as op
from collections import ChainMap

Symbol = str
class SchemeError(Exception):
    pass

def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()

def read(tokens):
    if not tokens:
        raise SchemeError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        L = []
        while tokens and tokens[0] != ")":
            L.append(read(tokens))
        if not tokens:
            raise SchemeError("missing )")
        tokens.pop(0)
        return L
    if tok == ")":
        raise SchemeError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

def standard_env():
    env = {"+": lambda *a: sum(a), "-": op.sub, "*": lambda *a: math.prod(a), "/": op.truediv,
           "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le, "abs": abs, "car": lambda x: x[0],
           "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b, "list": lambda *a: list(a),
           "null?": lambda x: x == [], "length": len, "map": lambda f, xs: list(map(f, xs)),
           "apply": lambda f, xs: f(*xs), "max": max, "min": min, "not": op.not_}
    env.update(vars(math))
    return ChainMap(env)

class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise SchemeError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, self.env.new_child(dict(zip(self.params, args))))
    def __repr__(self):
        return f"#<lambda ({' '.join(self.params)})>"

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            try:
                return env[x]
            except KeyError:
                raise SchemeError(f"unbound symbol {x}") from None
        if not isinstance(x, list):
            return x
        if not x:
            return []
        match x:
            case ["quote", exp]:
                return exp
            case ["if", test, conseq, alt]:
                x = conseq if evaluate(test, env) else alt
            case ["define", Symbol() as name, exp]:
                env[name] = evaluate(exp, env)
                return None
            case ["define", [name, *params], body]:
                env[name] = Procedure(params, body, env)
                return None
            case ["lambda", params, body]:
                return Procedure(params, body, env)
            case ["begin", *exps]:
                for e in exps[:-1]:
                    evaluate(e, env)
                x = exps[-1]
            case [f, *args]:
                proc = evaluate(f, env)
                vals = [evaluate(a, env) for a in args]
                if isinstance(proc, Procedure):
                    if len(vals) != len(proc.params):
                        raise SchemeError(f"expected {len(proc.params)} args, got {len(vals)}")
                    env = proc.env.new_child(dict(zip(proc.params, vals)))
                    x = proc.body
                elif callable(proc):
                    return proc(*vals)
                else:
                    raise SchemeError(f"not a procedure: {proc!r}")

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True: return "#t"
    if v is False: return "#f"
    return str(v)

env = standard_env()
programs = [
    "(define r 10)", "(* pi (* r r))",
    "(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))", "(fact 20)", "(fact 50)",
    "(define (count n acc) (if (= n 0) acc (count (- n 1) (+ acc 1))))", "(count 5000 0)",
    "(define twice (lambda (f) (lambda (x) (f (f x)))))", "((twice (lambda (x) (* x 3))) 7)",
    "(map (lambda (x) (* x x)) (list 1 2 3 4))", "(cons 0 (quote (1 2)))", "(car (cdr (list 1 2 3)))",
    "(undefined 1)", "(1 2)", "((lambda (a b) a) 1)", "(+ 1", ")", "(begin (define z 5) (+ z 1))",
    "(null? (quote ()))", "(apply max (list 3 9 2))", "(not (< 1 2))", "twice", "(sqrt 2)",
]
for src in programs:
    try:
        val = evaluate(read(tokenize(src)), env)
        if val is not None:
            print(f"{src} => {to_str(val)}")
    except SchemeError as e:
        print(f"{src} !! {e}")
print(len(env.maps), sorted(k for k in env.maps[0] if k in ("r", "fact", "count", "twice", "z")))
