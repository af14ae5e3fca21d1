# The traceback module formats exception groups as the interpreter prints them (3.11's traceback
# module adds no "Did you mean" suggestion): format_exception, print_exc, format_exc, and the
# pieces format_exception cuts its text in (inside a group's frame, each line with the margin)
import sys, traceback

def make():
    try:
        raise ExceptionGroup('top', [ValueError('a'), ExceptionGroup('sub', [KeyError('b')])])
    except ExceptionGroup as e:
        return e

eg = make()
print(''.join(traceback.format_exception(eg)), end='')
print(traceback.format_exception_only(eg))
try:
    raise eg
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
try:
    undefined_nam = 1
    print(undefined_name)
except NameError:
    print(traceback.format_exc(), end='')
try:
    try:
        raise ExceptionGroup('handled part', [TypeError('t'), OSError('o')])
    except* TypeError:
        pass
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
def chained():
    try:
        {}['k']
    except KeyError as k:
        raise ExceptionGroup('chained', [ValueError('v')]) from k
try:
    chained()
except ExceptionGroup as e:
    for piece in traceback.format_exception(ExceptionGroup('outer', [e, TypeError('t')])):
        print(repr(piece))
