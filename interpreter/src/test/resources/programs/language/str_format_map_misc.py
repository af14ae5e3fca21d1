# format_map with a missing-key dict, isidentifier and the is* predicates, removeprefix/suffix
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age} ({x})'.format_map(Default(name='Ann', age=3)))
print('{0[a]} {0[b]}'.format_map({0: {'a': 1, 'b': 2}}) if False else '{a}'.format_map({'a': 1}))
try:
    '{a} {b}'.format_map({'a': 1})
except KeyError as e:
    print('KeyError:', e)
try:
    '{0}'.format_map({})
except (KeyError, ValueError, IndexError) as e:
    print(type(e).__name__, e)
try:
    '{}'.format_map({'': 1})
except ValueError as e:
    print('ValueError:', e)
for s in ('abc', '_x1', '1x', 'ab cd', '', 'déjà', 'λ', 'class', '__init__', 'a-b', '\u2160'):
    print(repr(s), s.isidentifier(), s.isalpha(), s.isalnum(), s.isascii(), s.isprintable())
for s in ('123', '١٢٣', '½', '²', '1.5', '', 'Ⅷ', ' \t\n', 'A1'):
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isupper(), s.islower(), s.istitle())
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix(''), 'abc'.removesuffix('abcd'))
print('abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 2), 'abc'.startswith('b', 1), 'abc'.find('c', -1), 'abc'.rfind(''))
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print('TypeError:', e)
