# tokenize.generate_tokens and tokenize.tokenize give CPython's TokenInfo tuples (types, exact types,
# positions, lines) for indentation, continuation lines, brackets, strings of every kind (prefixes,
# triple-quoted over lines, backslash-continued), numbers, operators, comments, a missing final
# newline and stray characters; untokenize rebuilds the source; the errors of unfinished input.
import io
import token
import tokenize

source = '''# leading comment
def f(x, *args, y=1.5e-3, **kw) -> int:
    """A docstring
    over two lines."""
    if x >= 0x_ff and y != 0b1010:  # trailing
        return x ** 2 // 3 @ y
\telse:
        s = rb'raw' + f"{x!r:>10}" + 'con\\
tinued'
    z = [1,
         2j, 3.14_15,   # inside brackets
         .5e+10]
    w = x if x else \\
        None
    x += 1; x <<= 2; x //= 3; x **= 4; x ->= 5
    return ... $ ?
lambda: (yield)'''

for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    print(tok)
    if tok.type == token.OP:
        print("   exact", token.tok_name[tok.exact_type])

data = "# -*- coding: latin-1 -*-\nname = 'caf\u00e9'\n".encode("latin-1")
tokens = list(tokenize.tokenize(io.BytesIO(data).readline))
for tok in tokens[:4]:
    print(tok)
print(tokenize.untokenize(tokens))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\n#coding=utf8\n").readline))
print(repr(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(source).readline))) == repr(source))
print(tokenize.untokenize([(token.NAME, "if"), (token.NAME, "x"), (token.OP, ":"), (token.STRING, "'a'"),
                           (token.STRING, "'b'"), (token.NEWLINE, "\n")]))

for bad in ['x = (1,\n', 's = """never\nclosed\n', 'if x:\n        a\n    b\n']:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
try:
    tokenize.detect_encoding(io.BytesIO(b"# coding: no-such-codec\n").readline)
except SyntaxError as e:
    print("SyntaxError", e)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.N_TOKENS)
print(len(token.EXACT_TOKEN_TYPES), tokenize.TokenInfo(1, "a", (1, 0), (1, 1), "a").exact_type)
