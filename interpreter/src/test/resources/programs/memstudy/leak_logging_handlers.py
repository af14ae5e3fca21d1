# "Why is my memory not freed?": loggers are kept forever by the logging module,
# and a handler added per object keeps that object alive through its formatter.
# refcount: expect leak_logging_handlers.refcount.out
import logging
import io
import weakref
import gc

stream = io.StringIO()

class Session:
    def __init__(self, sid):
        self.sid = sid
        self.log = logging.getLogger(f"session.{sid}")
        self.handler = logging.StreamHandler(stream)
        self.handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.handler.session = self
        self.log.addHandler(self.handler)
        self.log.setLevel(logging.INFO)
        self.log.propagate = False

    def close(self):
        self.log.removeHandler(self.handler)
        self.handler.close()
        del self.handler.session

sessions = [Session(i) for i in range(3)]
refs = [weakref.ref(s) for s in sessions]
for s in sessions:
    s.log.info("opened %d", s.sid)
print(stream.getvalue(), end="")
sessions[0].close()
del sessions, s
gc.collect()
print("alive:", [r() is not None for r in refs])
print("loggers registered:", sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("session")))
print("same logger object:", logging.getLogger("session.1") is logging.getLogger("session.1"))
print("handlers on session.0:", len(logging.getLogger("session.0").handlers))
print("handlers on session.1:", len(logging.getLogger("session.1").handlers))
for name in ("session.1", "session.2"):
    lg = logging.getLogger(name)
    for h in list(lg.handlers):
        lg.removeHandler(h)
        h.close()
gc.collect()
print("alive after removing handlers:", [r() is not None for r in refs])
print("placeholder:", type(logging.Logger.manager.loggerDict["session"]).__name__)
