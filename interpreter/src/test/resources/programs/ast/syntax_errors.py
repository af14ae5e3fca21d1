# ast.parse reports CPython's SyntaxError (message, line, offsets, text) for bad source.
import ast

for src in ["1 +", "def f(:\n    pass", "x = (1, 2", "  x = 1", "return 5 +", "f(**a, *b)",
            "a = 1 = 2", "class C:\npass", "print 'hi'", "x = 'abc", "del f()", "(yield) = 1",
            "f(x for x in y, 1)", "match x:\n    case 1 + 1: pass"]:
    try:
        ast.parse(src, filename='<bad>')
        print(repr(src), 'parsed')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
# the compiler's own checks are not parse errors: a tree is made
print(ast.dump(ast.parse("return 1")))
print(ast.dump(ast.parse("def f():\n    nonlocal q")))
try:
    compile(ast.parse("return 1"), "<tree>", "exec")
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
