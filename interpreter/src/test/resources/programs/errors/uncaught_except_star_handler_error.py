# Pins down: the uncaught output when an except* handler raises while another part of the group is
# unhandled: an ExceptionGroup('') wrapping the handler's error (with its context the matched
# group) and the unhandled rest, printed with nested boxes and "During handling" inside a box.
def task(n):
    if n % 3 == 0:
        raise ValueError(f'bad value {n}')
    if n % 3 == 1:
        raise KeyError(n)
    return n

def run_all():
    errors = []
    for n in range(4):
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('tasks failed', errors)

try:
    run_all()
except* ValueError as eg:
    print('handling', len(eg.exceptions), 'value errors')
    raise TypeError('could not recover')
