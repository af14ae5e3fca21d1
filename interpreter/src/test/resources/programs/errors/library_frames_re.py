# The traceback entries of re's error paths, as CPython 3.11's re package gives them: re/__init__.py's
# compile and _compile, re/_compiler.py's compile, re/_parser.py's parse, _parse_sub and _parse (once per
# nesting level), _parse_flags, _escape, _class_escape, the tokenizer's getuntil and checkgroupname,
# fix_flags; a replacement template through _subx, _compile_repl, parse_template and addgroup, and
# Match.expand through _expand; Pattern and Match methods (C in CPython) leave no entry; string.Template's
# convert functions called back from Pattern.sub.
import re
import string
import sys
import traceback


def show(label, function, *args):
    print('--', label, file=sys.stderr)
    try:
        function(*args)
    except Exception:
        traceback.print_exc(file=sys.stderr)


for pattern in ['(', 'a)', '((a)', '(?:a|(b)', '[a', 'a**', '*a', 'x{3,1}', '(?P<1>x)', '(?P<a>x)(?P<a>y)',
                '(?P=b)', '(a)(?P=a', '\\x1', '[\\x1]', '[\\q]', '\\q', '(?i', '(?z)', 'a(?i)', '(?<x)',
                '(?(2)a|b)', '(a)\\2', '(a\\1)', '[b-a]', '(?#abc', '\\N{NOPE}', '(?(1)a|b|c)(a)']:
    show(repr(pattern), re.compile, pattern)
show('bytes unicode flag', re.compile, b'a', re.UNICODE)
show('locale str', re.compile, 'a', re.LOCALE)
show('sub group 9', re.sub, 'a', r'\9', 'a')
show('sub bad escape', re.sub, 'a', r'\q', 'a')
show('sub unknown name', re.sub, '(?P<x>a)', r'\g<y>', 'a')
show('subn missing <', re.compile('a').subn, r'\g', 'a')
show('expand', re.match('(a)', 'a').expand, r'\2')
show('sub callback', re.sub, 'a', lambda m: 1 / 0, 'a')
show('search type', re.search, 'a', 1)
show('group', re.match('a', 'a').group, 3)
show('template substitute', string.Template('$who likes $what').substitute, {'who': 'tim'})
show('template invalid', string.Template('$who likes $').substitute, who='tim')
show('template chained', string.Template('$x').substitute, {}, y=1)
print('done')
re.compile('(a|b')
