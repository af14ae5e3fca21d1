# SystemExit with a tuple argument: the exit code and stderr come from the args tuple as a whole
# (printed as the tuple, exit status 1); the code attribute for each constructor shape first.
for args in [(), (None,), (0,), (3,), ('msg',), ((1, 2),), (1, 2), (True,), (2.5,)]:
    e = SystemExit(*args)
    print(args, '->', repr(e.code), repr(e.args))
import atexit
atexit.register(lambda: print('atexit runs'))
try:
    raise SystemExit(7)
except SystemExit as se:
    print('caught', se.code, type(se).__mro__[1].__name__)
raise SystemExit(1, 'two', None)
