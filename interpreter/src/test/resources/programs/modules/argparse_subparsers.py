# argparse subparsers: add_subparsers (dest, help, title/description, required, metavar), add_parser with
# aliases and help, set_defaults in a sub-parser, the help and usage of both levels, the errors
# (unknown command, missing command, the sub-parser's own errors, unrecognized arguments)
import argparse
import contextlib
import io
def build():
    p = argparse.ArgumentParser(prog='tool', description='A tool with commands.')
    p.add_argument('--verbose', '-v', action='store_true', help='say more')
    sub = p.add_subparsers(dest='command', help='the command to run')
    a = sub.add_parser('add', help='add numbers', aliases=['plus'])
    a.add_argument('x', type=int)
    a.add_argument('y', type=int, nargs='?', default=1)
    a.set_defaults(func='adder')
    r = sub.add_parser('remove', help='remove a thing')
    r.add_argument('name')
    r.add_argument('--force', action='store_true')
    sub.add_parser('quiet')
    return p
def run(args):
    p = build()
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = p.parse_args(args)
            print(ns)
        except SystemExit as e:
            code = e.code
    print('ARGS', args, 'EXIT', code)
    print(out.getvalue(), end='')
    print('ERR:', err.getvalue(), end='')
for args in [['add', '2', '3'], ['plus', '4'], ['-v', 'remove', 'x', '--force'], ['remove'], ['bogus'], [], ['-h'], ['add', '-h'], ['remove', 'a', 'extra'], ['quiet', '--zz'], ['add', 'x']]:
    run(args)
p = argparse.ArgumentParser(prog='git')
s = p.add_subparsers(title='commands', description='valid commands', required=True, metavar='CMD')
s.add_parser('init', help='make a repo')
s.add_parser('clone', help='copy a repo').add_argument('url')
run2 = p
for args in [[], ['-h'], ['clone', 'u']]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try: print(p.parse_args(args))
        except SystemExit as e: print('exit', e.code)
    print(out.getvalue(), err.getvalue())
p = argparse.ArgumentParser(prog='x')
p.add_subparsers()
try: p.add_subparsers()
except SystemExit as e: print('exit', e.code)
sp = argparse.ArgumentParser(prog='y').add_subparsers()
sp.add_parser('a')
try: sp.add_parser('a')
except argparse.ArgumentError as e: print(e)
print(sp.choices.keys() if hasattr(sp.choices, 'keys') else sp.choices)
