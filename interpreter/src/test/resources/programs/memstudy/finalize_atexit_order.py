# weakref.finalize at exit: the live finalizers run in reverse order of creation, after atexit handlers.
import atexit
import weakref

class Session:
    def __init__(self, name):
        self.name = name

def report(name):
    print("finalize", name)

sessions = [Session(f"s{i}") for i in range(4)]
fins = [weakref.finalize(s, report, s.name) for s in sessions]
fins[1].atexit = False
fins[2].detach()
atexit.register(print, "atexit handler")
del sessions[3]
print("main done")
