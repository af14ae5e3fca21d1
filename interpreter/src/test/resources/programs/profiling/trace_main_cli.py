# trace's command line (`python -m trace ...`), driven through trace.main() with sys.argv set:
# coverage files with --missing, the summary, --listfuncs, saved counts merged over two runs and
# reported with --report, and the usage errors (exit status 2, the message on stderr).
import os
import sys
import tempfile
import trace

PROGRAM = '''\
import sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class Box:
    def get(self):
        return fib(5)
if len(sys.argv) > 1:
    print('args', sys.argv[1:])
    never = 1
print(Box().get())
'''


def run(*argv):
    sys.argv = ['trace.py', *argv]
    saved_path0 = sys.path[0]
    try:
        trace.main()
        status = 0
    except SystemExit as e:
        status = e.code
    finally:
        sys.path[0] = saved_path0
        sys.settrace(None)
    sys.stdout.flush()
    print('-- status', status)


sys.stderr = sys.stdout    # messages and usage errors go to stderr: keep them in order with the rest
with tempfile.TemporaryDirectory() as where:
    os.chdir(where)
    with open('prog.py', 'w') as f:
        f.write(PROGRAM)

    run('--count', '--missing', '--summary', 'prog.py')
    print(open('prog.cover').read(), end='')
    os.remove('prog.cover')

    run('--listfuncs', 'prog.py', 'a', 'b')

    # --no-report writes nothing, not even the counts file
    run('--count', '--no-report', '--file', 'counts', 'prog.py')
    print(sorted(os.listdir('.')))
    run('--count', '--file', 'counts', '--coverdir', 'first', 'prog.py')
    run('--count', '--file', 'counts', '--coverdir', 'second', 'prog.py', 'x')
    run('--report', '--file', 'counts', '--coverdir', 'out', '--summary')
    print(sorted(os.listdir('out')))
    print(open(os.path.join('out', 'prog.cover')).read(), end='')

    run()
    run('--listfuncs', '--count', 'prog.py')
    run('--summary', '--trace', 'prog.py')
    run('--count')
    run('--report')
    run('--trace', 'missing.py')
    run('--version')
    os.chdir('/')
