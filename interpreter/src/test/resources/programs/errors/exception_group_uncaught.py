# An uncaught exception group: the group's traceback, then each sub-exception in its numbered
# frame, nested groups deeper, the closing line after the last; tracebacks, chains and notes of
# the sub-exceptions drawn inside their frames
def fail(n):
    raise ValueError(f'failure {n}')

def collect():
    errors = []
    for n in range(2):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    try:
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('while looking up') from e
    except RuntimeError as e:
        e.add_note('first note')
        e.add_note('two\nlines')
        errors.append(e)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise OSError(2, 'No such file')
    except OSError as e:
        errors.append(e)
    errors.append(ExceptionGroup('inner', [TypeError('t'), BaseExceptionGroup('deeper', [KeyError('k')])]))
    return errors

eg = ExceptionGroup('many things failed', collect())
eg.add_note('note on the group')
raise eg
