# sys.exit with an object that is neither int nor None nor str: CPython prints str(code) to stderr
# and exits 1; a bool code is an int (exit status 1 for True); a subclass of SystemExit with its
# own __str__ does not change what is printed (the code is printed).
import sys
class Code:
    def __str__(self): return 'custom exit object'
    def __repr__(self): return 'Code()'
class MyExit(SystemExit):
    def __str__(self): return 'MyExit str'
try:
    sys.exit(True)
except SystemExit as e:
    print('bool code', e.code, type(e.code).__name__)
try:
    raise MyExit(5)
except SystemExit as e:
    print('subclass', e.code, str(e))
sys.stdout.flush()
raise MyExit(Code())
