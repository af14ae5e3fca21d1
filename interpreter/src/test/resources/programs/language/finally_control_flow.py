# try/finally with control flow inside the finally and the handlers, as tricky code writes it:
# return in finally discarding the exception and the try's return value, break/continue in
# finally swallowing exceptions in loops, return values computed before finally runs (a mutated
# list seen), nested finally order, exceptions raised in finally chaining the original as
# __context__, `with` __exit__ returning a truthy non-bool, and generator returns through finally.
import sys

def return_in_finally():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(return_in_finally(), sys.exc_info())

def return_overridden():
    try:
        return 'try'
    finally:
        return 'finally'
print(return_overridden())

def value_computed_first():
    data = [1]
    try:
        return data
    finally:
        data.append('added in finally')
print(value_computed_first())

def break_swallows():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 1:
                out.append('break')
                break
    return out
print(break_swallows())

def continue_swallows():
    out = []
    for i in range(3):
        try:
            raise IndexError(i)
        finally:
            out.append(i)
            continue
    return out
print(continue_swallows())

def nested_order():
    log = []
    try:
        try:
            try:
                raise OSError('inner')
            finally:
                log.append('f1')
        except OSError as e:
            log.append(f'handled {e}')
            raise RuntimeError('from handler')
        finally:
            log.append('f2')
    except RuntimeError as e:
        log.append(f'outer {e} ctx={e.__context__!r}')
    finally:
        log.append('f3')
    return log
print(nested_order())

def raise_in_finally():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('replacement')
try:
    raise_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *exc):
        return 'non-empty string'
with Truthy():
    raise ZeroDivisionError
print('suppressed by truthy __exit__')
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise LookupError(f'exit saw {et.__name__ if et else None}')
try:
    with ExitRaises():
        raise EOFError('body')
except LookupError as e:
    print(e, repr(e.__context__))

def gen_with_finally():
    try:
        yield 1
        return 'gen-return'
    finally:
        print('gen finally runs before StopIteration reaches the caller')
g = gen_with_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)

def loop_else_finally():
    for i in range(2):
        try:
            pass
        finally:
            pass
    else:
        return 'else after finally loop'
print(loop_else_finally())

def while_finally_count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_finally_count())

def except_star_finally():
    log = []
    try:
        try:
            raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
        except* ValueError:
            log.append('value handled')
        finally:
            log.append('finally')
    except* TypeError as eg:
        log.append(f'outer {eg.exceptions!r}')
    return log
print(except_star_finally())
def exc_cleared():
    try:
        raise KeyError('k')
    except KeyError as err:
        pass
    try:
        return err
    except NameError as e:
        return f'NameError: {e}'
print(exc_cleared())
