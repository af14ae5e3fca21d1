# Source statistics with tokenize: generate_tokens on a str, tokenize on bytes (the ENCODING
# token), tok_name/exact_type for operators, strings and f-strings, comments and NL vs NEWLINE,
# INDENT/DEDENT, continuation lines, untokenize round trip, detect_encoding, and the
# TokenError of an unterminated bracket.
import io
import token
import tokenize
from collections import Counter

SRC = '''# header comment
def f(a, b=2, *args, **kw):  # trailing
    """doc"""
    x = [a,
         b]   # inside brackets
    if a >= b and not kw:
        return a ** 2 // 3 @ x
    s = f"val={a!r:>4}" + rb'raw' + 'q\\'s'
    y = 0x1F + 1_000 + 3.5e-2 + 2j
    return x \\
        + y

print(f(1))
'''
toks = list(tokenize.generate_tokens(io.StringIO(SRC).readline))
for t in toks[:40]:
    print(f"{t.start!s:>8} {t.end!s:>8} {tokenize.tok_name[t.type]:<10} {token.tok_name[t.exact_type]:<12} {t.string!r}")
print(Counter(tokenize.tok_name[t.type] for t in toks).most_common())
ops = Counter(token.tok_name[t.exact_type] for t in toks if t.type == token.OP)
print(sorted(ops.items()))
bt = list(tokenize.tokenize(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n").readline))
print(bt[0], [t.string for t in bt[1:]])
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfprint(1)\n").readline), tokenize.detect_encoding(io.BytesIO(b"x=1\n").readline))
round_trip = tokenize.untokenize(toks)
print(round_trip == SRC, tokenize.untokenize([(t.type, t.string) for t in toks[:12]]))
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n 2\n").readline))
except tokenize.TokenError as e:
    print("TokenError:", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("def f():\n    x\n  y\n").readline))
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
print([(tokenize.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO("a = '''x\ny'''; b = 1 if a else 2\n").readline)])
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.EXACT_TOKEN_TYPES["**="], token.tok_name[token.ERRORTOKEN])
print([(tokenize.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO("$x = 1\n").readline)])
