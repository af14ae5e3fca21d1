# sys.stdin as a text stream over NAME.in: attributes, readline (with a limit), read, iteration,
# readlines, input() sharing the same position, the end of the input, close
import sys

s = sys.stdin
print(repr(s), s.encoding, s.errors, s.mode, s.name, s.newlines, s.line_buffering)
print(s.readable(), s.writable(), s.closed, s.fileno(), s.isatty())
print(sys.__stdin__ is s, type(s) is type(sys.stdout), s.buffer is s.buffer)
print(repr(s.buffer), s.buffer.mode, s.buffer.name)
print(repr(s.readline()))
print(repr(s.readline(3)), repr(s.readline(0)))
try:
    s.readline(None)
except TypeError as e:
    print(e)
print(repr(input()))
print(repr(input('prompt> ')))
print(repr(s.read(5)))
count = 0
for line in s:
    count += 1
    print(count, repr(line))
    if line.startswith('stop'):
        break
print(s.readlines(1))
print(s.readlines())
print(repr(s.read()), repr(s.readline()), s.readlines())
try:
    input('at the end: ')
except EOFError as e:
    print(type(e).__name__, e)
try:
    s.read('x')
except TypeError as e:
    print(e)
for bad in (lambda: s.write('x'), lambda: sys.stdout.readline(), lambda: sys.stdout.read()):
    try:
        bad()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
s.close()
s.close()
print(s.closed)
for call in (s.readline, s.read, s.readlines, input, s.fileno, s.isatty, lambda: next(iter(s))):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
