# argparse: what the first implementation lacked and programs use: argument files
# (fromfile_prefix_chars), conflict_handler='resolve', parents, parse_intermixed_args,
# BooleanOptionalAction, flag chaining (-xyz), abbreviations, negative numbers, '--',
# exit_on_error=False, Namespace and FileType reprs.
import argparse
import contextlib
import io
import os
import sys
import tempfile


def attempt(parser, argv):
    shown = [a.replace(scratch.name, '<scratch>') for a in argv]
    try:
        print(shown, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(shown, '-> exit', e.code)
    except argparse.ArgumentError as e:
        print(shown, '-> ArgumentError:', e, '| name:', e.argument_name)


p = argparse.ArgumentParser(prog='files', fromfile_prefix_chars='@')
p.add_argument('--level', type=int, default=1)
p.add_argument('names', nargs='*')
scratch = tempfile.TemporaryDirectory()


def at(name):
    return '@' + os.path.join(scratch.name, name)


def attempt_quoting_paths(parser, argv):
    # the error names the scratch folder, which differs from run to run
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        attempt(parser, argv)
    sys.stderr.write(err.getvalue().replace(scratch.name, '<scratch>'))


with open(os.path.join(scratch.name, 'inner.txt'), 'w') as f:
    f.write('--level\n7\nfrom-inner\n')
with open(os.path.join(scratch.name, 'outer.txt'), 'w') as f:
    f.write('first\n' + at('inner.txt') + '\nlast\n')
attempt_quoting_paths(p, [at('outer.txt'), 'tail'])
attempt_quoting_paths(p, [at('missing.txt')])
p2 = argparse.ArgumentParser(prog='files2', fromfile_prefix_chars='@')
p2.add_argument('--level', type=int, default=1)
p2.add_argument('names', nargs='*')
print(p2.parse_known_args([at('outer.txt'), 'tail']))


class SpaceSplitting(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


q = SpaceSplitting(prog='split', fromfile_prefix_chars='@')
q.add_argument('words', nargs='+')
with open(os.path.join(scratch.name, 'words.args'), 'w') as f:
    f.write('one two\nthree\n')
print(q.parse_args([at('words.args')]))
scratch.cleanup()

r = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.add_argument('-q', help='old q')
r.add_argument('-q', help='new q')
r.print_help()
attempt(r, ['-f', '1', '--foo', '2', '-q', '3'])
try:
    argparse.ArgumentParser(conflict_handler='nope')
except ValueError as e:
    print('ValueError:', e)
clash = argparse.ArgumentParser(prog='clash')
clash.add_argument('-a', '--all')
try:
    clash.add_argument('-a', '--all')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--verbose', action='store_true')
pg = parent.add_argument_group('shared', 'Options every tool has.')
pg.add_argument('--color', choices=['auto', 'never'], default='auto')
parent.set_defaults(origin='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('target')
child.print_help()
attempt(child, ['t', '--verbose'])

mixed = argparse.ArgumentParser(prog='mixed')
mixed.add_argument('--flag', action='store_true')
mixed.add_argument('-n', type=int)
mixed.add_argument('cmd')
mixed.add_argument('rest', nargs='*')
print(mixed.parse_intermixed_args(['run', '-n', '3', 'a', '--flag', 'b', 'c']))
print(mixed.parse_known_intermixed_args(['x', '--zzz', 'y']))
try:
    mixed.parse_args(['run', '-n', '3', 'a', '--flag', 'b', 'c'])
except SystemExit as e:
    print('exit', e.code)
sub = argparse.ArgumentParser(prog='sub')
sub.add_subparsers()
try:
    sub.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)

b = argparse.ArgumentParser(prog='bool')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour the output')
b.add_argument('-x', action='store_true')
b.add_argument('-y', action='store_true')
b.add_argument('-z', type=int)
b.add_argument('--number', type=float)
b.add_argument('value', nargs='?')
b.print_help()
for argv in (['--no-color'], ['--color'], ['-xy'], ['-xyz5'], ['-xz', '7'], ['-x', '-1'],
             ['--num', '2.5'], ['--', '-x'], ['-xq'], ['--colo'], ['-z=3'], ['--number=-1e3']):
    attempt(b, argv)

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--alpha')
amb.add_argument('--alpine')
amb.add_argument('-1', dest='one', action='store_true')
amb.add_argument('value', nargs='?')
for argv in (['--al', 'x'], ['--alph', 'x'], ['-1'], ['-2']):
    attempt(amb, argv)
strict = argparse.ArgumentParser(prog='strict', allow_abbrev=False)
strict.add_argument('--alpha')
attempt(strict, ['--alph', 'x'])

quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--count', type=int)
quiet.add_argument('--kind', choices=['a', 'b'])
for argv in (['--count', 'many'], ['--kind', 'c'], ['--count']):
    attempt(quiet, argv)

ns = argparse.Namespace(a=1, b=[2])
setattr(ns, 'with-dash', 3)
print(ns, 'a' in ns, 'z' in ns, ns == argparse.Namespace(a=1, b=[2], **{'with-dash': 3}))
print(argparse.FileType('w', encoding='utf-8'), argparse.FileType(), argparse.FileType('rb', 0))
print(repr(b._actions[1]))
print(repr(b))
v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', action='version', version='%(prog)s 3.1')
attempt(v, ['-V'])
