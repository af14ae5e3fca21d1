# A group as the context of a plain exception and a plain exception as the cause of a group: the
# chain messages at top level and inside a group's frame
try:
    raise ExceptionGroup('first', [ValueError(1)])
except ExceptionGroup:
    try:
        raise KeyError('second')
    except KeyError as k:
        raise ExceptionGroup('third', [TypeError('in third')]) from k
