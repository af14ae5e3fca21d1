# textwrap as report code uses it: TextWrapper's options (width, initial/subsequent indent,
# break_long_words, break_on_hyphens, drop_whitespace, expand_tabs/tabsize, replace_whitespace,
# fix_sentence_endings, max_lines with placeholder), shorten, dedent with mixed indentation,
# indent with a predicate, and the errors for bad widths and placeholders.
import textwrap

para = ("The quick brown fox jumps over the lazy dog. It was a well-known, often-quoted "
        "sentence.  Typographers use it\tbecause it contains every letter; supercalifragilistic"
        "expialidocious words break oddly.")

for width in (20, 33, 50):
    print(f'--- width {width}')
    for line in textwrap.wrap(para, width):
        print(f'|{line:<{width}}|')

w = textwrap.TextWrapper(width=30, initial_indent='* ', subsequent_indent='  ',
                         break_on_hyphens=False, fix_sentence_endings=True)
print(w.fill(para))
w = textwrap.TextWrapper(width=25, break_long_words=False, max_lines=4, placeholder=' [...]')
print(w.fill(para))
w = textwrap.TextWrapper(width=15, drop_whitespace=False, replace_whitespace=False, expand_tabs=False)
print(w.wrap('a\tb   c  \n d e f g h i j k'))
w = textwrap.TextWrapper(width=12, tabsize=4)
print(w.wrap('x\ty\tzzz\tw'))

for s, width in [(para, 40), ('Hello  world!', 12), ('Hello world!', 11), ('   ', 5),
                 ('one two three four', 10)]:
    print(repr(textwrap.shorten(s, width)))
print(repr(textwrap.shorten(para, 30, placeholder='~')))

code = '''
    def f():
        return 1
\t
    # comment
      x = 2
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb\n')))
print(repr(textwrap.dedent('\t\ta\n\t\tb\n\t  c\n')))
print(textwrap.indent('one\n\ntwo\n  three\n', '> '), end='')
print(textwrap.indent('one\n\ntwo\n', '+ ', predicate=lambda line: True), end='')
print(textwrap.indent('keep\nskip me\nkeep\n', '# ', lambda l: not l.startswith('skip')), end='')

for kw in [dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder=' [much too long]'),
           dict(width=4, initial_indent='abcd', max_lines=2)]:
    try:
        print(textwrap.wrap(para, **kw))
    except ValueError as e:
        print('ValueError:', e)
print(textwrap.fill('', 10) == '', textwrap.wrap('   '), textwrap.wrap('a-b-c-d-e-f', 4))
print(textwrap.wrap('well-known/x-ray long—dash', 6))
