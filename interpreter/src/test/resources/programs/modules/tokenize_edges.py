# tokenize's edges that a differential fuzzer against CPython's module checked: a quoted string
# continued by backslashes, and the flag it leaves behind when its continuation fails (a later
# triple-quoted string over lines then ends as an ERRORTOKEN too); a last line of blanks only ends
# tokenizing; form feeds reset the indentation column; CRLF line ends; characters no token starts
# with; bad dedents and unclosed brackets and strings; detect_encoding's BOM and cookie rules with
# and without a file name; untokenize in both modes, and its ordering error.
import io
import os
import tempfile
import tokenize


def show(source):
    print('--', repr(source))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            print('  ', tokenize.tok_name[tok.type], tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end)
    except (tokenize.TokenError, IndentationError) as exc:
        print('   !!', type(exc).__name__, exc.args)


show("x = 'one \\\n two \\\n three'\n")
show("x = 'broken \\\nno backslash here\ny = '''a\nmiddle\nb'''\nz = 1\n")
show("s = '''fine\nover lines'''\n")
show('if x:\n    y\n   \t')
show('if x:\n\f    y\n\fz\n')
show('a = (1,\r\n     2)\r\nb = 3\r\n')
show('a $ b ? c ! d `e`\n')
show('if x:\n        y\n    z\n')
show('f(1,\n  2\n')
show('s = """never closed\n')
show('x = 1  # trailing comment')
show('# only a comment')
show('0x_1 1__0 1e 0777 1.e5 .5j 5.j 1_000.000_1\n')
show("rb'x' Rb'y' bR'z' f'{a}' ur'w' u'v'\n")
show('x = 1 \\\n    + 2\n')
show('\\\n')
show('@decorator\ndef f(a, *, b=1) -> int: return a ** b // 2\n')

for data in [b'\xef\xbb\xbfx = 1\n', b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', b'#!/bin/sh\n# vim: set fileencoding=utf_8 :\n',
             b'x = 1\n# coding: latin-1\n', b'\xef\xbb\xbf# coding: latin-1\n', b'# coding: bogus\n', b'\xff# x\n',
             b'# coding: Latin_1-whatever\n', b'# coding: UTF-8-sig\n', b'', b'\n\n# coding: latin-1\n']:
    try:
        print(repr(data), tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as exc:
        print(repr(data), 'SyntaxError', exc)

with tempfile.TemporaryDirectory() as where:
    path = os.path.join(where, 'bad.py')
    for data in [b'# coding: bogus\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\n', b'# coding: latin-1\nx = "\xe9"\n']:
        with open(path, 'wb') as f:
            f.write(data)
        with open(path, 'rb') as f:
            try:
                print(tokenize.detect_encoding(f.readline)[0])
            except SyntaxError as exc:
                print(str(exc).replace(where, 'DIR'))
        try:
            with tokenize.open(path) as f:
                print(f.encoding, f.mode, repr(f.read()))
        except SyntaxError as exc:
            print('open:', str(exc).replace(where, 'DIR'))

source = 'def f(x):\n    if x:\n        return "a" "b"\n    return [1,\n            2]\n\nclass C: pass\n'
tokens = list(tokenize.tokenize(io.BytesIO(source.encode()).readline))
print(tokenize.untokenize(tokens) == source.encode())
print(repr(tokenize.untokenize(t[:2] for t in tokens)))
print(repr(tokenize.untokenize(tokenize.generate_tokens(io.StringIO('x=1;y = 2\n').readline))))
print(repr(tokenize.untokenize([(tokenize.NAME, 'a', (1, 3), (1, 4), ''), (tokenize.OP, '+', (2, 1), (2, 2), '')])))
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (1, 5), (1, 6), ''), (tokenize.NAME, 'b', (1, 2), (1, 3), '')])
except ValueError as exc:
    print('ValueError', exc)
print(tokens[1], tokens[1].exact_type, tokenize.TokenInfo(54, '**=', (1, 0), (1, 3), '').exact_type)
print(tokenize.Number == tokenize.group(tokenize.Imagnumber, tokenize.Floatnumber, tokenize.Intnumber), len(tokenize.endpats),
      len(tokenize.single_quoted), len(tokenize.triple_quoted), tokenize.tabsize, tokenize.any('a', 'b'), tokenize.maybe('c'))
