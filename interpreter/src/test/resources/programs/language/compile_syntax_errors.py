# SyntaxErrors from compile()/exec()/eval(): messages, lineno, offset, text, and the common mistakes people make
cases = [
    "x = = 1",
    "print 'hello'",
    "if x = 1:\n    pass",
    "def f(:\n    pass",
    "for i in range(3)\n    print(i)",
    "return 5",
    "x = (1, 2",
    "else:\n    pass",
    "a = 1 +",
    "def f():\npass",
    "  x = 1",
    "f(x for x in y, 1)",
    "x += 1 = 2",
    "del f()",
    "1 = x",
    "None = 1",
    "f() = 1",
    "lambda: (yield)",
    "class C:\n    break",
    "continue",
    "'abc",
    '"""never closed',
    "x = 1\n\ty = 2",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "nonlocal x",
    "async def f():\n    yield from g()",
    "import",
    "from x import",
    "x = [1, 2,, 3]",
    "0777",
    "1_000_",
    "x = {1: 2, 3}",
    "True = 1",
    "a, *b, *c = d",
    "print(f'{}')",
    "print(f'{x!z}')",
    "match x:\n    case 1 | y:\n        pass",
    "with open(f) as 1: pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}) text={e.text!r}")
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("eval:", e)
try:
    exec("def g():\n    return 1\n  x = 2")
except IndentationError as e:
    print("exec:", type(e).__name__, e)
try:
    compile("x = 1", "f", "bad")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("x = 1\ny = 2", "f", "eval")
except SyntaxError as e:
    print("eval mode:", e)
try:
    compile("a\0b", "f", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
code = compile("result = sum(range(5))", "<calc>", "exec")
ns = {}
exec(code, ns)
print(ns["result"], code.co_filename, code.co_name, eval(compile("2 ** 10", "<e>", "eval")))
print(compile("x = 1", "<s>", "single").co_name, type(compile("1", "<e>", "eval")).__name__)
