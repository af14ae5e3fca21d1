# ast.unparse on tricky sources (f-strings, quotes, lambdas, starred, decorators, match, precedence,
# docstrings): its text, and whether parsing that text gives the same tree.
import ast

SOURCES = [
    "f'{x!r:>{width}} and {y=} {{lit}}\\n' + rb'raw' + u'uni'",
    "f'{a[\"k\"]}' + f\"{b['k']}\" + f'''{c!a}''' + f'{ {1: 2}[1] }' + f'{x:%H:%M}'",
    "s = 'it''s' \"q\" '''tri\nple''' + 'a\"b' + \"c'd\" + 'e\\'f\"g' + '\\t\\x00\\u1234' + b'\\xff'",
    "lambda: 0\nlambda x, *a, k=1, **kw: (x, a)\nf = lambda *, k: k\ng = (lambda: 1)()",
    "x = a if b else (lambda: c)\ny = (a if b else c) if d else e\nz = a if (b if c else d) else e",
    "a, *b = c\nprint(*a, *b, **k, sep='')\n[*x, *y]\n{**a, 'b': 1, **c}\nf(*(a or b))",
    "@dec\n@dec2(x).attr\n@(lambda f: f)\nclass C(B, metaclass=M):\n    '''Doc.'''\n    x: int = 3\n    def m(self) -> 'C': pass\n",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n"
    "    case Point(x=0, y=_) | None as q if q: pass\n    case str() | b'x' | -1+2j: pass\n"
    "    case (a, b) | [a, b, _]: pass\n    case Cls(1, 2, z=3): pass\n    case {**rest}: pass\n    case _: pass",
    "x = -1 ** 2; y = (-1) ** 2; z = ~x; w = +x; v = not not x; u = 2 ** -1; t = (a ** b) ** c; s = a ** b ** c",
    "r = (a + b) * c - (d - e) - (f - g) / h // i % j @ k << l >> m & n ^ o | p",
    "q = (a and b) or (c and (d or e)) and not f; p = a < b == c; o = (a < b) < c; n = not (a == b)",
    "print(3 .real, 1.0.real, (1).bit_length(), 1e400, -1e400, 1j * 1e400)",
    "async def g():\n    async with a as b, c:\n        await d\n    async for i in j:\n        print(i)\n    return [z async for z in w if z], await (x or y)",
    "def f(a, b=1, /, c=2, *, d, e=3, **f):\n    '''Only a docstring.'''\n\n\ndef g(*args): yield\n",
    "x = (yield)\ny = yield from z\nawait w\ndef h():\n    return (yield x), (yield)",
    "if a:\n    b\nelif c:\n    d\nelse:\n    if e: f\n    g\nwhile x:\n    break\nelse:\n    pass",
    "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, b",
    "import a.b as c, d\nfrom ..x import y as z, w\nfrom . import q\nglobal g, h\nx: 'List[int]'\n(y): int = 1\nz.a: int\nx += 1; y @= z",
    "a[b:c:d]; a[:]; a[::2]; a[1,]; a[()]; a[1:2, 3]; a[(1, 2)]",
    "(a for b in c for d in e if f if g)\n{k: v for k, v in x.items() if k if (v or w)}\n[x for x in (y if z else w)]",
    "x = (a := 10); f(b := 2); [y := 1, y ** 2]",
    "{1, 2}; set(); {}; (); (1,); ((1, 2), 3); {*()}",
    "with (open(a) as b, open(c) as d):\n    pass\nwith x, (y): pass",
    "'''docstring'''\nx = 1",
    "def f():\n    '''a\n    multi-line\n    docstring with \"quotes\" and a final \"'''",
]
for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print('same tree:', ast.dump(ast.parse(text)) == ast.dump(tree))
    print('-' * 20)
print(ast.unparse(ast.parse('a + b', mode='eval')), ast.unparse(ast.Name('alone')))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Constant(2))))
print(ast.unparse(ast.Constant((1, 'a', (2.5,)))), ast.unparse(ast.Constant(float('nan'))), ast.unparse(ast.Constant('x', kind='u')))
try:
    ast.unparse(ast.Raise(cause=ast.Name('c')))
except ValueError as e:
    print('ValueError:', e)
