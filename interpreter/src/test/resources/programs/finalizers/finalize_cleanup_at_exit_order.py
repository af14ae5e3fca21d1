# weakref.finalize for resource cleanup in an app: temporary files and a connection registered
# with finalize; some closed explicitly (the finalizer runs once, then is dead), the rest run
# at exit in reverse order of creation, after atexit handlers, and atexit=False ones never.
import atexit
import weakref


class TempFile:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, TempFile._remove, name)

    @staticmethod
    def _remove(name):
        print("remove", name)

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


class Conn:
    pass


files = [TempFile(f"tmp{i}") for i in range(4)]
conn = Conn()
weakref.finalize(conn, print, "close connection")
quiet = weakref.finalize(Conn(), print, "never printed")
quiet.atexit = False
kept = Conn()
silent = weakref.finalize(kept, print, "not at exit")
silent.atexit = False
files[1].close()
files[1].close()
print("closed:", [f.closed for f in files])
tmp = TempFile("scratch")
del tmp
atexit.register(print, "atexit handler")
print("end of main")
