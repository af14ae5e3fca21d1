# An event dispatcher with handlers that fail: errors collected into an ExceptionGroup with
# notes naming the handler, handled with except* by category, a retry loop using
# try/except/else/finally with continue and break, exception chaining with from and from None
# in the wrappers, and traceback.format_exception_only of the leaves.
import traceback
class HandlerError(Exception):
    def __init__(self, handler, cause):
        super().__init__(f'{handler} failed')
        self.handler = handler
class Transient(Exception): pass
class Fatal(Exception): pass
handlers = {}
def on(event):
    def deco(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return deco
attempts = {}
@on('save')
def write_db(payload):
    attempts['db'] = attempts.get('db', 0) + 1
    if attempts['db'] < 3:
        raise Transient(f'db busy (attempt {attempts["db"]})')
    return 'db ok'
@on('save')
def write_cache(payload):
    raise KeyError(payload['key'])
@on('save')
def audit(payload):
    try:
        int(payload['user'])
    except ValueError as e:
        raise Fatal('bad user id') from e
@on('save')
def notify(payload):
    try:
        {}['missing']
    except KeyError:
        raise LookupError('no subscribers') from None
def dispatch(event, payload, retries=3):
    errors, results = [], []
    for fn in handlers[event]:
        for attempt in range(1, retries + 1):
            try:
                r = fn(payload)
            except Transient as e:
                print(f'  retry {fn.__name__} after: {e}')
                continue
            except Exception as e:
                e.add_note(f'handler: {fn.__name__}')
                errors.append(e)
                break
            else:
                results.append(r)
                break
            finally:
                print(f'  {fn.__name__} attempt {attempt} done')
        else:
            errors.append(Transient(f'{fn.__name__} gave up'))
    if errors:
        raise ExceptionGroup(f'{event}: {len(errors)} handler(s) failed', errors)
    return results
try:
    dispatch('save', {'key': 'k1', 'user': 'x9'})
except* Fatal as g:
    for e in g.exceptions:
        print('fatal:', e, '| cause:', repr(e.__cause__), '| notes:', e.__notes__)
except* (KeyError, LookupError) as g:
    for e in g.exceptions:
        print('lookup:', type(e).__name__, e, e.__notes__, e.__suppress_context__, repr(e.__context__))
        print('  ', traceback.format_exception_only(type(e), e))
attempts.clear()
handlers['save'][1:] = []
print(dispatch('save', {}))
attempts['db'] = -5
try:
    dispatch('save', {}, retries=2)
except ExceptionGroup as g:
    print(g, [str(e) for e in g.exceptions])
    match, rest = g.split(Transient)
    print(match.message, rest)
def wrap():
    try:
        dispatch('save', {}, retries=1)
    except ExceptionGroup as g:
        raise RuntimeError('dispatch failed') from g
try:
    attempts['db'] = -1
    wrap()
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__, e.__cause__.exceptions)
    lines = traceback.format_exception(e)
    print(sum('ExceptionGroup' in l for l in lines), lines[-1].strip())
