# Where CPython 3.11 counts a SyntaxError's columns in bytes: the parser's errors for source given as
# bytes with neither a coding cookie nor a BOM keep the tokenizer's UTF-8 byte offsets (str sources,
# a cookie or a BOM give characters); the compiler's and symbol table's errors always count bytes.
# Each error printed through traceback (the caret line of format_exception_only) and with its fields;
# then carets under East Asian wide characters in a runtime traceback (two columns each).
import traceback

SOURCES = [
    "x = '中文' + (1 2)\n",
    "s = 'é' + @\n",
    "x = '中文' $ 1",
    "f'中文{x!z}'",
    "x = ('中文'\n",
    "def f():\n    x = '中文'; nonlocal y\n",
    "'中文'; return 5\n",
    "y = 'ü' ; def\n",
    "print('añb' 'c' 1)\n",
]
for src in SOURCES:
    for label, s in (('str', src), ('bytes', src.encode()), ('cookie', b'# -*- coding: utf-8 -*-\n' + src.encode()),
                     ('bom', b'\xef\xbb\xbf' + src.encode())):
        try:
            compile(s, '<probe>', 'exec')
            print(label, 'compiled')
        except SyntaxError as e:
            print(label, repr(e.text), e.lineno, e.offset, e.end_offset, e.msg)
            print(''.join(traceback.format_exception_only(type(e), e)), end='')


def f(a, b):
    return b + a


def g(d):
    return d['中文キー'] + d['x']['y']


for thunk in (lambda: [f('中文', 0) for i in range(3)], lambda: g({'中文キー': 1, 'x': {}}),
              lambda: '中文' + '漢字' * 2 + 1, lambda: 'ｈａｌｆ' + 1 + 'wide'):
    try:
        thunk()
    except Exception:
        traceback.print_exc()
