# ast.parse with every position attribute: lineno, col_offset (UTF-8 bytes), end_lineno and
# end_col_offset of each node, for each kind of statement, expression and pattern.
import ast

SOURCES = [
    "x = 1 + 2 * 3 ** -y",
    "a, *b = c; d[1:2, ::3] = e; del f.g, h[i]",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:\n    'doc'\n    return a if b else c\n",
    "@dec\n@dec2(x)\nclass C(B, metaclass=M):\n    \"\"\"Doc.\n\n    more\n    \"\"\"\n    x: int = 3\n    def m(self): pass\n",
    "f'{x!r:>{width}} and {y=} {{lit}}\\n' + rb'raw' + u'uni'",
    "lambda: 0\nlambda x, *a, k=1, **kw: (x, a)",
    "async def g():\n    async with a as b, c:\n        await d\n    async for i in j:\n        yield i\n    return\n",
    "match p:\n    case [1, 2, *rest]: pass\n    case {'k': v, **kw}: pass\n"
    "    case Point(x=0, y=_) | None as q if q: pass\n    case str() | b'x' | -1+2j: pass\n    case _: pass",
    "try:\n    pass\nexcept* ValueError as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass",
    "try:\n  a\nexcept (A, B):\n  b\nexcept:\n  raise",
    "with open(f) as (a, b): pass\nwhile x:\n    break\nelse:\n    continue",
    "if a:\n    b\nelif c:\n    d\nelse:\n    if e: f\n    g",
    "import a.b as c, d\nfrom ..x import (y as z, w)\nfrom . import q\n",
    "x = (yield)\ny = yield from z\nprint(*a, **k, sep='')",
    "{1: 2, **d}; {1, 2}; set(); (1,); (); [i for i in range(3)]; {k: v for k, v in x}; (i for i in j)",
    "x = not a and b or c; y = a < b <= c is not d not in e; z = (a := 10)",
    "s = 'it''s' \"q\" '''tri\nple'''",
    "a = 1_000_000; b = 0x1f; c = 1e10; d = 1.5j; e = ...; f = None; g = True; h = 10**40",
    "print(3 .real, 1.0.real, (1).bit_length(), (((x))))",
    "\u00e9 = '\u00fc' + \"\u65e5\u672c\"; print(\u00e9, \u65e5\u672c)",
    "x = [\n    1,\n    2,\n]\n",
    "a[b:c:d]; a[:]; a[::]; a[1,]; a[()]; a[*b]",
    "(a for b in c for d in e if f if g)",
    "x: 'List[int]'\n(y): int = 1\nz.a: int",
    "f'{a}' f'{b!s}' 'c' f'{d:{e}.{f}}'",
    "global g\ndef h():\n    nonlocal n\n",
    "x = \\\n  1",
    "if x:\r\n    y = 2\r\n",
]
for src in SOURCES:
    print(repr(src))
    print(ast.dump(ast.parse(src), include_attributes=True))
print(ast.dump(ast.parse('1 + 2', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1', mode='single'), include_attributes=True))
print(ast.dump(ast.parse(b'y = "\xc3\xa9"'), include_attributes=True))
print(ast.dump(ast.parse('x = 1  # type: int', type_comments=False)))
print(ast.parse('x', filename='named.py').body[0].value.id)
