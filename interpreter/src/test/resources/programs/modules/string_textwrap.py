# string constants, string.Template, textwrap
import string, textwrap
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.ascii_uppercase, string.hexdigits, string.octdigits)
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(string.Template('$a $b').safe_substitute(a=1))
print(string.capwords('hello   big world'))
text = 'The quick brown fox jumps over the lazy dog and keeps running far away'
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.dedent('    a\n      b\n    c'))
print(textwrap.indent('x\ny', '> '))
print(textwrap.shorten(text, 25))
