# A _Printer's pages when stdin is empty: the first 23 lines and the prompt, then input()'s
# EOFError reaches the caller.
import _sitebuiltins

text = '\n'.join('row %02d' % i for i in range(40))
pages = _sitebuiltins._Printer('rows', text)
try:
    pages()
except EOFError as e:
    print()
    print('EOFError:', e)
short = _sitebuiltins._Printer('rows', 'just one line')
short()
print(repr(credits).splitlines()[0])
