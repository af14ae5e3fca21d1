# re: re.error's messages, positions, lineno/colno for bad patterns and templates; TypeErrors.
import re

bad = ['(', ')', 'a)', '*', 'a**', 'a{2}{3}', '[a', '[z-a]', r'[\d-z]', r'\q', r'\x4', r'\u12',
       '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=nope)', '(?P<a', 'a{3,2}', '(?<=a+)b', r'(a)\2',
       '(?z)', '(?<x)', 'x(?i)', '(?i', '(?-i)', '(?i-i:a)', '^*', r'\b+', 'a(?#unterminated',
       '(?(2)a|b)', '(?(a)x)', r'\400', 'abc\n(\ndef', '(?Pa)', '(?', r'\N{NOT A NAME}', '\\']
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), '->', str(e), '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)
for template in [r'\3', r'\g<2>', r'\g<x>', r'\g<1', r'\g', r'\q', r'\g<-1>', r'\g<a b>']:
    try:
        print(re.sub(r'(a)(?P<n>b)', template, 'ab'))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)
for call in [lambda: re.match('a', 5), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
             lambda: re.sub('a', 5, 'a'), lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__module__, re.error('msg').pos)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
