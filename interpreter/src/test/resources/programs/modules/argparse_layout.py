# argparse: the layout rules of HelpFormatter on harder cases: usage lines wrapped around
# mutually exclusive groups, a long prog on its own line, tuple metavars, suppressed members,
# the width from COLUMNS, max_help_position, the other formatter classes, sub-command help.
import argparse
import os

os.environ['COLUMNS'] = '60'
p = argparse.ArgumentParser(prog='layout', description='First paragraph.\n\n\n\nSecond   paragraph   with   spaces.')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true', help='write JSON')
g.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
g.add_argument('--csv', metavar='SEP', help='write CSV with this separator')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--in', dest='source', nargs=2, metavar=('HOST', 'PORT'))
r.add_argument('--file', type=argparse.FileType('r'))
p.add_argument('--define', nargs='*', metavar=('KEY', 'VALUE'))
p.add_argument('--level', type=int, choices=range(3), default=1, help='level %(default)s of %(choices)s, type %(type)s')
p.add_argument('inputs', nargs='+', help='the inputs; this help text is long enough that it has to be wrapped over several lines')
p.add_argument('output', nargs='?', default='-', help='output (%(default)r)')
p.print_help()
p.print_usage()

long = argparse.ArgumentParser(prog='a-program-with-a-name-far-too-long-for-the-line')
for name in ('alpha', 'beta', 'gamma', 'delta', 'epsilon'):
    long.add_argument('--' + name, metavar=name.upper() * 2)
long.add_argument('files', nargs='*')
long.print_usage()

os.environ['COLUMNS'] = '100'
wide = argparse.ArgumentParser(prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40))
wide.add_argument('--a-rather-long-option-name', metavar='VALUE', help='sits in the column at 40')
wide.add_argument('-s', help='short')
wide.print_help()

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              description='  keep\n    this   layout\n')
raw.add_argument('--mode', help='line one\n  line two\n\nline four')
raw.print_help()
typed = argparse.ArgumentParser(prog='typed', formatter_class=argparse.MetavarTypeHelpFormatter)
typed.add_argument('--size', type=int)
typed.add_argument('ratio', type=float)
typed.print_help()
defaults = argparse.ArgumentParser(prog='defaults', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument('--n', type=int, default=5, help='how many')
defaults.add_argument('--quiet', action='store_true')
defaults.add_argument('--name', default=argparse.SUPPRESS, help='no default shown')
defaults.add_argument('rest', nargs='*', default=['x'], help='the rest')
defaults.add_argument('must', help='a required one')
defaults.print_help()

tool = argparse.ArgumentParser(prog='tool')
tool.add_argument('--debug', action='store_true')
subs = tool.add_subparsers(title='commands', dest='command', metavar='COMMAND', required=True, help='what to do')
build = subs.add_parser('build', aliases=['b'], help='build the thing', description='Builds it.')
build.add_argument('--jobs', '-j', type=int, default=1)
subs.add_parser('clean', help='remove what build made')
subs.add_parser('secret')
tool.print_help()
build.print_help()
for argv in (['b', '-j', '4'], ['--debug', 'clean'], [], ['bild'], ['build', '--jobs']):
    try:
        print(argv, tool.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
