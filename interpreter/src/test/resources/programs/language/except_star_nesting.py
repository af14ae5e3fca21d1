# except* inside functions, generators, loops and other handlers: the parts reach outer handlers,
# sys.exc_info() follows the part being handled, a generator's except* sees what was thrown in
import sys

def inner():
    try:
        raise ExceptionGroup('inner', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print('inner handles', e.exceptions, sys.exc_info()[1] is e)

def middle():
    try:
        inner()
    except* TypeError as e:
        print('middle handles', e.exceptions, repr(e.message))
middle()

def gen():
    done = False
    while not done:
        try:
            yield 'ready'
        except* KeyError as e:
            print('generator caught', e.exceptions)
        except* OSError:
            print('generator caught an OSError part')
            done = True
g = gen()
print(next(g))
print(g.throw(ExceptionGroup('thrown', [KeyError('k')])))
print(g.throw(KeyError('naked')))
try:
    g.throw(ExceptionGroup('mixed', [OSError('o'), ValueError('v')]))
except BaseException as rest:
    print('escaped the generator:', repr(rest))

try:
    raise RuntimeError('outer')
except RuntimeError as outer:
    try:
        raise ExceptionGroup('during', [ValueError('x')])
    except* ValueError as e:
        print('context of group:', repr(e.__context__), sys.exc_info()[1] is e)
    print('back to outer:', sys.exc_info()[1] is outer)

results = []
for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup('odd', [ValueError(i)])
        results.append(i)
    except* ValueError as e:
        results.append(-e.exceptions[0].args[0])
    finally:
        results.append('f')
print(results)

def with_return():
    try:
        try:
            raise ExceptionGroup('r', [ValueError()])
        except* ValueError:
            pass
        return 'after except*'
    finally:
        print('finally of the function')
print(with_return())
