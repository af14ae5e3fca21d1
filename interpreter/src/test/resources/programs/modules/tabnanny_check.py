# tabnanny: check() on files with ambiguous tabs (indent not equal / not greater and the tab sizes
# that witness it), clean files, token and indentation errors, a missing file, a folder whose name
# has a space, in the quiet, verbose and very verbose modes; Whitespace's measures for pairs of indents.
import os, tempfile
os.chdir(tempfile.mkdtemp())
FILES = {'bad1.py': 'if True:\n\tx = 1\n        y = 2\n', 'bad2.py': 'if True:\n    if x:\n\tpass\n',
         'bad3.py': 'def f():\n  \tif 1:\n\t  return 1\n', 'good.py': 'if 1:\n    x = 1\n',
         'tok.py': 'if 1:\n  x = (\n', 'ind.py': 'if 1:\n    x\n  y\n', 'sp ace/b.py': 'if True:\n\tx = 1\n        y = 2\n'}
os.mkdir('sp ace')
for name, text in FILES.items():
    with open(name, 'w') as f:
        f.write(text)
import tabnanny, io, sys, contextlib
for v, q in [(0, 0), (1, 0), (0, 1), (2, 0)]:
    tabnanny.verbose, tabnanny.filename_only = v, q
    for f in ['bad1.py', 'bad2.py', 'bad3.py', 'good.py', 'tok.py', 'ind.py', 'missing.py', 'sp ace']:
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            tabnanny.check(f)
        print('stderr:', err.getvalue().strip())
W = tabnanny.Whitespace
for a, b in [(' ', '\t'), ('\t', '        '), ('  \t', '\t  '), ('   ', '\t'), ('\t\t', ' \t ')]:
    x, y = W(a), W(b)
    print(repr(a), repr(b), x.norm, y.norm, x.n, x.nt, x.is_simple, x.longest_run_of_spaces(),
          [x.indent_level(t) for t in range(1, 9)], x.equal(y), x.less(y), y.less(x),
          x.not_equal_witness(y), x.not_less_witness(y), tabnanny.format_witnesses(x.not_less_witness(y) or [(3,)]))
try:
    tabnanny.process_tokens(__import__('tokenize').generate_tokens(io.StringIO(open('bad1.py').read()).readline))
except tabnanny.NannyNag as n:
    print(n.get_lineno(), repr(n.get_msg()), repr(n.get_line()))
