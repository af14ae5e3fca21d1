# inspect's frame records: getframeinfo (context lines and their index, the instruction's positions),
# stack, trace, getouterframes, getinnerframes, getlineno, the Traceback and FrameInfo tuples.
import inspect, sys

def where():
    info = inspect.getframeinfo(sys._getframe(1))
    return info.filename.rsplit('/', 1)[-1], info.lineno, info.function, info.code_context, info.index

def caller():
    return where()

print(caller())

def outer():
    return inner()

def inner():
    return [(fi.function, fi.lineno, fi.code_context, fi.index) for fi in inspect.stack()]

for record in outer():
    print(record)

def wide():
    return inspect.stack(context=3)[0]

fi = wide()
print(fi.function, fi.index, len(fi.code_context), fi.code_context[fi.index].strip())
print(len(fi), fi[2], fi[3], type(fi).__name__, fi.positions)
print(inspect.getframeinfo(sys._getframe(), context=0)[3:])

def fail():
    raise KeyError('k')

def handler():
    try:
        fail()
    except KeyError:
        return [(r.function, r.lineno, r.code_context[0].strip(), r.positions) for r in inspect.trace()]

for r in handler():
    print(r)
try:
    fail()
except KeyError as e:
    for r in inspect.getinnerframes(e.__traceback__, context=0):
        print(r.function, r.lineno, r.code_context, r.index)
print(inspect.getlineno(sys._getframe()))
try:
    inspect.getframeinfo(42)
except (TypeError, AttributeError) as e:
    print(e)
t = inspect.Traceback('f.py', 3, 'g', None, None)
print(t, t.positions)
print(repr(inspect.getframeinfo(sys._getframe(), context=0)).replace(__file__, 'FILE'))
