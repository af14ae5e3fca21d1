# except* handles part of a group; the rest leaves the try with the original traceback and shape,
# next to an exception a handler raised, so the traceback shows a new group holding both
def work():
    raise ExceptionGroup('work', [ValueError('handled'), OSError('not handled'), TypeError('turns into')])

try:
    work()
except* ValueError as e:
    print('handled', e.exceptions)
except* TypeError:
    raise RuntimeError('raised by the handler')
