# An exception leaving a thread's run(): threading.excepthook prints "Exception in thread NAME:"
# and the traceback on stderr; SystemExit is silent; a custom excepthook gets ExceptHookArgs.
import threading

def fail():
    raise ValueError("bad value")
t = threading.Thread(target=fail, name="failing")
t.start(); t.join()
print("joined", t.is_alive())

def leave():
    raise SystemExit(3)
t = threading.Thread(target=leave)
t.start(); t.join()
print("SystemExit is silent")

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="div")
t.start(); t.join()
threading.excepthook = old
print(seen)
print(threading.__excepthook__ is old)

class Custom(threading.Thread):
    def run(self):
        raise KeyError("k")
c = Custom(name="custom")
c.start(); c.join()
print("done")
