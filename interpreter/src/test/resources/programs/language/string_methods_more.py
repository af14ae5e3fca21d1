# str methods teaching programs use
s = '  Hello, World  '
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(' H'))
print('a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('hello'.title(), 'HeLLo'.swapcase(), 'hello world'.capitalize(), 'x'.center(5, '*'), '7'.zfill(3))
print('abc'.ljust(5, '.'), 'abc'.rjust(5), 'tab\there'.expandtabs(4), 'l1\nl2\r\nl3'.splitlines())
print('hello'.replace('l', 'L', 1), 'hello'.find('z'), 'hello'.index('l'), 'hello'.rindex('l'))
print('a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), '-'.join('abc'))
print('abc'.removeprefix('a'), 'abc'.removesuffix('c'), 'ß'.casefold(), 'Ab1'.isalnum(), ' '.isspace())
print(str.maketrans('ab', 'xy'), 'aabb'.translate(str.maketrans('ab', 'xy', 'b')))
print('%5.2f|%-4d|%s|%r|%x|%o|%e' % (3.14159, 42, 'hi', 'hi', 255, 8, 12345.678))
print('{:>8}|{:<6}|{:^7}|{:08.3f}|{:,}|{:b}'.format('r', 'l', 'c', 3.14159, 1234567, 10))
