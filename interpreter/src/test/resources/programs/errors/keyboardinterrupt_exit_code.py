# An uncaught KeyboardInterrupt: the traceback is printed and the process ends as if killed by
# SIGINT (status -2 as subprocess reports it, 130 from a shell); finally blocks and atexit run first.
import atexit
atexit.register(lambda: print('atexit handler'))
def work():
    try:
        raise KeyboardInterrupt
    finally:
        print('finally in work')
try:
    work()
except Exception:
    print('not caught by Exception')
