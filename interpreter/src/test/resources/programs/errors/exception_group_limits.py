# The uncaught group printer's limits: at most 15 sub-exceptions shown ("and N more exceptions")
# and groups nested deeper than 10 shown as "... (max_group_depth is 10)"
def deep(n):
    if n == 0:
        return ValueError('bottom')
    return ExceptionGroup(f'level {n}', [deep(n - 1), TypeError(n)])

wide = ExceptionGroup('wide', [ValueError(i) for i in range(18)])
exactly = ExceptionGroup('fifteen', [KeyError(i) for i in range(15)])
raise ExceptionGroup('limits', [wide, exactly, deep(12)])
