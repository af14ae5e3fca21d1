# A logging handler that keeps every record keeps its args alive; a bounded buffer and removal fix it.
import logging
import weakref

class Payload:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Payload({self.n})"

class KeepAll(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(record)

log = logging.getLogger("study.leak")
log.setLevel(logging.DEBUG)
log.propagate = False
h = KeepAll()
log.addHandler(h)
refs = []
for i in range(5):
    p = Payload(i)
    refs.append(weakref.ref(p))
    log.info("processing %r", p)
del p
print("alive payloads", sum(r() is not None for r in refs))
print("first message", h.records[0].getMessage())
h.records.clear()
print("after clear", sum(r() is not None for r in refs))
log.removeHandler(h)
print("handlers", log.handlers, "same logger object", logging.getLogger("study.leak") is log)
print("logger manager keeps loggers", "study.leak" in logging.Logger.manager.loggerDict)
from logging.handlers import BufferingHandler
bh = BufferingHandler(3)
log.addHandler(bh)
for i in range(7):
    log.warning("n=%d", i)
print("buffer flushed at capacity, holds", len(bh.buffer))
log.removeHandler(bh)
bh.close()
print("closed buffer", len(bh.buffer))
