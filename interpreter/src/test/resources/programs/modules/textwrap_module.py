# textwrap: wrap/fill widths, hyphens, long words, indents, max_lines, shorten, dedent, indent
import textwrap
text = "A well-known self-contained example: Supercalifragilisticexpialidocious words wrap here."
for width in (10, 16, 25):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.fill(text, 30, initial_indent='- ', subsequent_indent='  '))
print(textwrap.wrap(text, 20, max_lines=2))
print(textwrap.shorten('Hello  world, this is   a test', 15), textwrap.shorten('short', 10))
print(repr(textwrap.dedent('''
    def f():
        return 1
''')))
print(textwrap.indent('one\n\ntwo\n', '>> '), end='')
print(textwrap.indent('a\nb', '+', lambda line: True))
w = textwrap.TextWrapper(width=8, expand_tabs=True, tabsize=4)
print(w.wrap('a\tb\tc d e f'))
