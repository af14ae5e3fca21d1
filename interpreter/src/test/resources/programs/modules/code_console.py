# code and codeop: compile_command's three answers (a code object, None for input that more lines
# could finish, SyntaxError) for blocks, brackets, strings, decorators, comments and blank lines in
# 'single', 'exec' and 'eval' modes; CommandCompiler noting the __future__ imports it saw;
# InteractiveInterpreter.runsource and InteractiveConsole.push with write() sent to a list,
# showsyntaxerror's filename, showtraceback without runcode's frame, sys.last_type/last_value,
# a custom raw_input, and pdb's `interact` command reading from stdin.
import code
import codeop
import sys

cases = ['x = 1', 'if x:', 'if x:\n  y = 2', 'if x:\n  y = 2\n', '(1,', '(1,\n2)', '"""abc',
         '"""abc"""', 'def f():\n  return 1\n', '@dec', '@dec\ndef g(): pass\n', '# just a comment',
         '', '\n\n', 'x = (', 'for', '1 +', 'print("a" "b")', 'lambda: (yield)', 'else:', 'x = 1 1',
         'a = [1,\n 2,\n', 'class C:\n  pass', 'class C:\n  pass\n\n', 'try:\n  pass\n', '\\',
         'x \\']
for source in cases:
    try:
        result = codeop.compile_command(source)
    except SyntaxError as e:
        result = 'SyntaxError: %s' % e.msg
    else:
        result = None if result is None else type(result).__name__
    print(repr(source), '->', result)

for source, symbol in [('x + 1', 'eval'), ('x +', 'eval'), ('', 'eval'), ('a = 1\nb = 2', 'exec'),
                       ('if a:\n  pass', 'exec')]:
    try:
        result = codeop.compile_command(source, '<mine>', symbol)
    except SyntaxError as e:
        result = 'SyntaxError: %s (%s)' % (e.msg, e.filename)
    else:
        result = None if result is None else result.co_filename
    print(repr(source), symbol, '->', result)

cc = codeop.CommandCompiler()
c1 = cc('from __future__ import annotations')
print(bool(c1.co_flags & 0x1000000), hex(cc.compiler.flags))
print(bool(codeop.compile_command('def h(a: int): pass\n').co_flags & 0x1000000))
print(codeop.PyCF_DONT_IMPLY_DEDENT, codeop.PyCF_ALLOW_INCOMPLETE_INPUT)


class Capture(code.InteractiveConsole):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.written = []

    def write(self, data):
        self.written.append(data)


console = Capture({'__name__': '__console__'}, filename='<mine>')
for line in ['a = 3', 'a * 2', 'def f():', '    return 1/0', '', 'f()', 'a + * 2', 'import nosuchmod',
             'b = [', '1]', 'print(b)']:
    more = console.push(line)
    print(repr(line), more, console.buffer)
print(''.join(console.written), end='')
print(sys.last_type.__name__, sys.last_value)

interp = code.InteractiveInterpreter()
print(sorted(interp.locals), interp.runsource('z = 5'), interp.runsource('if z:'), interp.locals['z'])
print(interp.runsource('1 2', '<here>'))

lines = iter(['n = 4', 'n ** 2', 'raise SystemExit(3)'])


def reader(prompt):
    print('prompt', repr(prompt))
    try:
        return next(lines)
    except StopIteration:
        raise EOFError


try:
    code.interact(banner='start', readfunc=reader, exitmsg='end')
except SystemExit as e:
    print('SystemExit', e.code)
lines = iter(['m = 1', 'm'])
code.interact(banner='again', readfunc=reader)

import bdb
import pdb


def target(a):
    b = a * 2
    pdb.Pdb(nosigint=True).set_trace()
    return b


try:
    print(target(21))
except bdb.BdbQuit:
    print('debugger quit at the end of input')
