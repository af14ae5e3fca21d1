# textwrap's chunking rules: em-dashes made of hyphens kept whole between words, hyphens that may
# break (letters around them, underscores count as letters, digits do not), sentence endings with
# ASCII lowercase only, long words broken at a hyphen, break_on_hyphens off, max_lines/placeholder.
import textwrap

w = textwrap.TextWrapper(width=12)
for text in ('one--two three---four', 'well-known self-evident e-mail', 'a_b-c_d x1-y2 ab-cd-ef',
             '"quoted"--and more', 'end.--start', 'x--', '--x', 'snake_case-word under_score-d',
             'Ünïcödé-wörds ångström-level', 'co-op re-do 3-4-5 a-b'):
    print(repr(text), w._split(text), w.wrap(text))
s = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(s.wrap('It ends here. Really! Or "does it?" Maybe. São Paulo é. Ok.'))
print(s.wrap('Caps END. lower end. Ñ. é. z.'))
print(textwrap.wrap('supercalifragilistic-expialidocious-word', 10))
print(textwrap.wrap('supercalifragilistic-expialidocious-word', 10, break_on_hyphens=False))
print(textwrap.wrap('supercalifragilistic-expialidocious-word', 10, break_long_words=False))
print(textwrap.fill('The quick brown fox--jumping over the lazy dog--lands.', 15, initial_indent='* ',
                    subsequent_indent='  '))
print(textwrap.shorten('Hello  world--this is a very long sentence indeed', 25))
print(textwrap.wrap('a b c d e f g h i j k l m n o p', 5, max_lines=2, placeholder='..'))
