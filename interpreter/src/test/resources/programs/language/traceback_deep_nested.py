# Tracebacks of errors deep in nested calls as logging code prints them: traceback.print_exc to a
# stream, format_stack from inside a callee, walk_tb and walk_stack, extract_tb limits (positive
# and negative), StackSummary.format of FrameSummary fields, TracebackException with chains
# and the caret lines for expressions, and recursion collapsed as "[Previous line repeated ...]".
import io, sys, traceback

def parse(record):
    return int(record['value'])
def load(records):
    return [parse(r) for r in records]
def pipeline(data):
    totals = load(data)
    return sum(totals)

def clean(text):
    return text.replace(__file__, 'FILE')

buf = io.StringIO()
try:
    pipeline([{'value': '1'}, {'value': 'x'}])
except ValueError:
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()))
    tb = sys.exc_info()[2]
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
    print([fs.name for fs in traceback.extract_tb(tb, limit=-2)])
    fs = traceback.extract_tb(tb)[-1]
    print(fs.name, fs.lineno, fs.line, fs.filename == __file__, len(fs), fs[2])

def where_am_i():
    return traceback.format_stack(limit=3)
def caller():
    return where_am_i()
print(clean(''.join(caller())))
def stack_names():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)]
def outer_fn():
    return stack_names()
print(outer_fn())

def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    return recurse(n - 1)
try:
    recurse(30)
except RecursionError as e:
    print(clean(''.join(traceback.format_exception(e))))

def compute(data):
    return data['a']['b'] + data['c'] * 2
try:
    compute({'a': {'b': 1}, 'c': None})
except TypeError as e:
    print(clean(''.join(traceback.format_exception(e))))

def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise LookupError('lookup failed') from e
try:
    chained()
except LookupError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.exc_type.__name__, te.__suppress_context__)
    print(clean(''.join(te.format())))
    print(clean(''.join(te.format(chain=False))))
    print(list(te.format_exception_only()))
    print(clean(''.join(traceback.format_exception(e, limit=1, chain=False))))
summary = traceback.StackSummary.from_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 9, 'gn', None)])
print(''.join(summary.format()))
print(traceback.format_exception_only(SyntaxError('bad', ('s.py', 2, 4, 'a b c\n', 2, 5))))
print(traceback.format_exception_only(KeyError, KeyError('k')), traceback.format_exception_only(None, None) if sys.version_info < (3, 12) else '')
