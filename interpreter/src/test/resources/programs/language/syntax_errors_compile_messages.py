# The SyntaxError messages beginners meet, reproduced through compile() and exec(): each one's
# msg, lineno, offset, end_offset and text, for 3.11's targeted messages (missing commas,
# unclosed and mismatched brackets, '=' for '==', print without parentheses, invalid targets,
# bad indentation, unterminated strings, invalid literals, keywords as names, f-string errors).
SOURCES = [
    "print 'hello'",
    "x = [1, 2 3]",
    "if x = 3:\n    pass",
    "def f(:\n    pass",
    "foo(1, 2",
    "d = {'a': 1, 'b': 2]",
    "(1, 2))",
    "for i in range(3)\n    print(i)",
    "while True:\nprint('x')",
    "def f():\n    return 1\n        return 2",
    "s = 'unterminated",
    "s = '''never closed",
    "n = 1abc",
    "n = 0777",
    "n = 1__000",
    "class = 3",
    "f() = 1",
    "x + 1 += 2",
    "del f()",
    "lambda x: yield x",
    "a, b += 1, 2",
    "f'{x!z}'",
    "f'{}'",
    "f'{x'",
    "import a.b as",
    "from . import *",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "f(**k, *a)",
    "x = yield = 3",
    "return 5",
    "break",
    "async def f():\n    yield from g()",
    "def f():\n    x = 1\n    global x",
    "True = 1",
    "None += 1",
    "[x for x in range(3) if x else 0]",
    "a if b",
    "x = (1 if 2)",
    "print(f'{1:{2:{3:{4}}}}')",
    "try:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept ValueError:\n    pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case {**rest, 'a': 1}:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "x = 5 if True else",
    "'a' 'b' f",
    "a = 1; b = 2;; c = 3",
    "\tif True:\n        pass",
]
for src in SOURCES:
    try:
        compile(src, "<snippet>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        kind = type(e).__name__
        print(f"{src.splitlines()[0][:28]!r:32} {kind}: {e.msg} @{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} {e.text!r}")
try:
    exec("def g():\n    pass\n  x = 1\n")
except IndentationError as e:
    print("exec:", type(e).__name__, e.msg, e.lineno, e.filename)
try:
    eval("1 +")
except SyntaxError as e:
    print("eval:", e.msg, e.filename, e.offset)
try:
    eval("x = 1")
except SyntaxError as e:
    print("eval:", e.msg)
try:
    compile("1", "<f>", "single_expr")
except ValueError as e:
    print("ValueError:", e)
e = SyntaxError("custom", ("file.py", 3, 5, "bad line here", 3, 8))
print(str(e), e.args, e.filename, e.lineno, e.offset, e.end_offset, e.text, e.print_file_and_line)
