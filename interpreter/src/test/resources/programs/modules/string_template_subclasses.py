# string.Template's subclasses change the placeholder rules through their attributes: each class
# compiles its pattern when it is made (delimiter, idpattern, braceidpattern, flags, or a pattern of
# its own), and a subclass of a subclass builds its own again from what it inherits.
import re
from string import Template

class Percent(Template):
    delimiter = '%'

class Dotted(Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'

class Braces(Template):
    braceidpattern = r'[^}]+'

class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'

class Brackets(Template):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>\d+)\] |
      (?P<invalid>)
    )'''

class PercentUpper(Percent):
    idpattern = r'[A-Z]+'

print(type(Template.pattern).__name__, Template.flags, Template.delimiter, Template.braceidpattern)
print(Percent.pattern is not Template.pattern, PercentUpper.pattern.flags & re.VERBOSE != 0)
values = {'who': 'world', 'a.b': 'dotted', 'x y': 'spaced', 'WHO': 'LOUD', '1': 'one', 'Who': 'Cap'}
cases = [
    (Template, 'hello $who, ${who}! $$5 $Who'),
    (Percent, 'hello %who, %{who}! %%5 $who'),
    (Dotted, 'value $a.b and ${a.b}'),
    (Braces, 'spaced ${x y} and $who'),
    (CaseSensitive, 'lower $who, upper $Who stays'),
    (Brackets, 'name [who] number [1] literal [[ $who'),
    (PercentUpper, 'upper %WHO, lower %who'),
]
for cls, text in cases:
    t = cls(text)
    print(cls.__name__, '|', t.safe_substitute(values), '|', t.get_identifiers(), t.is_valid())
    try:
        print('   ', t.substitute(values))
    except (KeyError, ValueError) as e:
        print('   ', type(e).__name__, e)

print(Template('$who and $what').substitute({'who': 'map', 'what': 'map'}, who='keyword'))
for text in ['line one\nbad $ here', '$', 'ok ${unclosed', 'x $1']:
    try:
        Template(text).substitute(values)
    except ValueError as e:
        print('ValueError:', e)
print(Template('${a} $b $$ $').safe_substitute(a=1))
print(Template('$a $b ${a} $$ $c').get_identifiers(), Template('$ bad').is_valid())
try:
    class Compiled(Template):
        pattern = re.compile(r'\$(?P<named>x)')
except ValueError as e:
    print('ValueError:', e)
