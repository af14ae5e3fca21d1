# except*: what leaves the statement when handlers raise. A bare raise (or raise e) puts the part
# back in the original's shape; a new exception joins the unhandled rest as a sibling in a new
# ExceptionGroup(''); its __context__ is the part being handled
def attempt(label, body):
    print('--', label)
    try:
        body()
    except BaseException as out:
        print(type(out).__name__, repr(out))
        if isinstance(out, BaseExceptionGroup):
            for x in out.exceptions:
                print('  ', repr(x), 'context:', repr(x.__context__), 'cause:', repr(x.__cause__))

def reraise_bare():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
attempt('bare raise', reraise_bare)

def reraise_named():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
attempt('raise e', reraise_named)

def raise_new():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError('from handler')
    except* TypeError:
        raise KeyError('second')
attempt('two new exceptions and a rest', raise_new)

def raise_new_only():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise RuntimeError('only')
attempt('one new exception alone', raise_new_only)

def raise_from():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError('wrapped') from e
attempt('raise from', raise_from)

def naked_reraise():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise
attempt('naked re-raised', naked_reraise)

def naked_new():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise TypeError('replaced')
attempt('naked replaced', naked_new)

def mixed():
    try:
        raise ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        raise OSError('new')
attempt('re-raise keeps nesting, new one beside', mixed)

def in_finally():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        print('handler')
    finally:
        print('finally')
        return 'returned from finally'
print(in_finally())

def loop():
    out = []
    for i in range(3):
        try:
            if i != 1:
                raise ExceptionGroup('it', [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
    return out
print(loop())
