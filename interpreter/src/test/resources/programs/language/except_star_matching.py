# except*: each clause takes its part of the group in order, a naked exception is wrapped in an
# ExceptionGroup(''), what no clause takes is raised again with the group's structure, else/finally
def run(exc, label):
    print('--', label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print('ValueError clause:', repr(e))
        except* (TypeError, KeyError) as e:
            print('Type/Key clause:', repr(e))
        except* LookupError as e:
            print('Lookup clause:', repr(e))
        else:
            print('else')
        finally:
            print('finally')
    except BaseException as rest:
        print('escaped:', repr(rest), rest is exc)

run(ValueError('v'), 'naked match')
run(OSError('o'), 'naked no match')
run(ExceptionGroup('g', [ValueError(1), IndexError(2), TypeError(3), OSError(4)]), 'group')
run(ExceptionGroup('g', [OSError(1), ExceptionGroup('h', [OSError(2)])]), 'no clause matches')
run(ExceptionGroup('g', [ExceptionGroup('h', [KeyError(1), IndexError(2)]), ValueError(3)]), 'nested')
run(BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError(1)]), 'base group')

def no_exception():
    try:
        print('body ran')
    except* ValueError:
        print('never')
    else:
        print('else ran')
no_exception()

for exc in (ValueError('x'), ExceptionGroup('e', [ValueError('y')])):
    try:
        raise exc
    except* Exception as e:
        print(type(e).__name__, repr(e.message), e.exceptions, e is exc)

try:
    raise ExceptionGroup('sub', [UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), ValueError('plain')])
except* UnicodeError as e:
    print('unicode part:', len(e.exceptions), type(e.exceptions[0]).__name__)
except* ValueError as e:
    print('value part:', e.exceptions)

import sys
try:
    raise ExceptionGroup('info', [ValueError(1), TypeError(2)])
except* ValueError as e:
    print('exc_info is the match:', sys.exc_info()[1] is e, sys.exception() is e)
except* TypeError as e:
    print('exc_info is the match:', sys.exc_info()[1] is e)
print('after:', sys.exc_info())
