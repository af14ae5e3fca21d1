# try/finally control flow: return in finally overriding a return and swallowing an exception,
# break/continue in finally (allowed since 3.8) discarding the exception, the exception context
# seen in finally, nested finally ordering with generators, 'raise' with no active exception,
# and with_traceback/tb_next chains of re-raised exceptions.
import sys, traceback
def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
def swallow():
    try:
        1 / 0
    finally:
        return 'swallowed ' + str(sys.exc_info()[0].__name__)
def loop_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            out.append('f%d' % i)
            continue
    return out
print(ret_override(), swallow(), loop_break(), loop_continue())
def order():
    log = []
    try:
        try:
            log.append('inner try')
            return log
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
print(order())
def finally_sees_exc():
    try:
        raise TypeError('t')
    finally:
        print('  in finally:', repr(sys.exc_info()[1]))
try:
    finally_sees_exc()
except TypeError:
    pass
def new_exc_in_finally():
    try:
        raise TypeError('first')
    finally:
        raise ValueError('second')
try:
    new_exc_in_finally()
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def reraise_outside():
    raise
try:
    try:
        raise KeyError('active')
    except KeyError:
        reraise_outside()
except KeyError as e:
    print('reraised from callee:', repr(e))
def a(): b()
def b(): raise LookupError('deep')
try:
    a()
except LookupError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
try:
    try:
        a()
    except LookupError as e:
        raise e.with_traceback(e.__traceback__.tb_next)
except LookupError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    ValueError().with_traceback('x')
except TypeError as e:
    print('TypeError:', e)
try:
    e = ValueError()
    e.__traceback__ = 5
except TypeError as err:
    print('TypeError:', err)
def gen():
    try:
        yield 1
    finally:
        print('  gen finally')
for x in gen():
    break
print('after loop break')
def exc_cleared():
    try:
        raise ValueError
    except ValueError:
        pass
    return sys.exc_info()
print(exc_cleared())
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise TypeError('inner')
    except TypeError:
        pass
    print('restored:', repr(sys.exc_info()[1]))
def while_else():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 2:
                continue
        finally:
            pass
    else:
        return 'else ran', n
print(while_else())
