# Coding cookies (PEP 263) in source given as bytes: compile() and exec() decode it by the codec
# the cookie names (on line 1, or on line 2 after a comment line), a UTF-8 BOM with another
# cookie, an unknown codec or bytes the codec refuses are SyntaxErrors (msg, (filename, 0, -1,
# None)); a cookie after code is only a comment; a str source ignores its cookie. Imported
# modules are read the same way.
import os, sys, tempfile
cases = [b'# coding: custom\nx=1\n', b'# coding: latin-1\nprint("\xe9")\n',
         b'\xef\xbb\xbf# coding: latin-1\nx=1\n', b'# vim: set fileencoding=cp1252 :\nprint("\x80")\n',
         b'#!/usr/bin/env python\n# -*- coding: ascii -*-\nx="\xc3\xa9"\n', b'\n\n# coding: custom\nx=1\n',
         b'# coding=utf8\nprint("ok")\n', b'# coding: utf-16\nx=1\n', b'\xef\xbb\xbfprint("bom")\n',
         b'x = 1 # coding: custom\n', b'# coding: latin1\n# coding: custom\nprint(2)\n', b'# coding: x\0\n']
for src in cases:
    for fn in (lambda: compile(src, "f.py", "exec"), lambda: exec(src, {})):
        try:
            fn()
            print("ok")
        except SyntaxError as e:
            print(repr(e), e.args)
        except Exception as e:
            print("other", repr(e))
exec('# coding: custom\nprint("a str source ignores its cookie")\n')
folder = tempfile.mkdtemp()
with open(os.path.join(folder, "latin_mod.py"), "wb") as f:
    f.write(b'# -*- coding: latin-1 -*-\nword = "caf\xe9"\n')
with open(os.path.join(folder, "bad_mod.py"), "wb") as f:
    f.write(b'# -*- coding: nope -*-\nx = 1\n')
sys.path.insert(0, folder)
import latin_mod
print(latin_mod.word, len(latin_mod.word))
try:
    import bad_mod
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename == os.path.join(folder, "bad_mod.py"), e.lineno, e.offset, e.text)
