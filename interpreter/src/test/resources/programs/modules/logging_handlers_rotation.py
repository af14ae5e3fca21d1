# Logging handlers of a long-running job: RotatingFileHandler rolling over in a temporary directory, MemoryHandler buffering until an error, QueueHandler/QueueListener through a queue, Filter subclasses adding context, formatter with custom time format and %-style fields, and warnings captured into logging.
import logging
import logging.handlers
import os
import queue
import sys
import tempfile
import warnings

class ContextFilter(logging.Filter):
    def __init__(self, job):
        super().__init__()
        self.job = job
    def filter(self, record):
        record.job = self.job
        return not record.getMessage().startswith("secret")

fmt = logging.Formatter("%(asctime)s %(job)s %(levelname).1s %(name)s %(message)s", datefmt="FIXED")
fmt.converter = lambda *a: (2024, 1, 1, 0, 0, 0, 0, 1, 0)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "job.log")
    rot = logging.handlers.RotatingFileHandler(path, maxBytes=120, backupCount=2, encoding="utf-8")
    rot.setFormatter(fmt)
    log = logging.getLogger("job")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    log.addFilter(ContextFilter("nightly"))
    log.addHandler(rot)
    for i in range(8):
        log.info("processed batch %02d of %d", i, 8)
    log.debug("secret token xyz")
    rot.close()
    log.removeHandler(rot)
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            print(name, [line.rstrip() for line in f])

    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("OUT %(levelname)s %(message)s"))
    mem = logging.handlers.MemoryHandler(capacity=10, flushLevel=logging.ERROR, target=out)
    log.addHandler(mem)
    log.info("buffered 1"); log.info("buffered 2")
    print("nothing printed yet:", len(mem.buffer))
    log.error("an error flushes the buffer")
    print("buffer now:", len(mem.buffer))
    log.removeHandler(mem); mem.close()

    q = queue.Queue()
    qh = logging.handlers.QueueHandler(q)
    listener = logging.handlers.QueueListener(q, out, respect_handler_level=True)
    listener.start()
    worker = logging.getLogger("job.worker")
    worker.addHandler(qh)
    worker.propagate = False
    worker.warning("via queue %s", "one")
    worker.info("via queue two")
    listener.stop()
    record = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",), "levelno": 30, "levelname": "WARNING"})
    print(record.getMessage(), record.levelname, record.name)

logging.basicConfig(stream=sys.stdout, format="ROOT:%(levelname)s:%(name)s:%(message)s", level=logging.INFO)
logging.captureWarnings(True)
warnings.warn("this goes through logging")
logging.captureWarnings(False)
logging.info("root info %d%%", 50)
logging.getLogger("a.b.c").warning("hierarchy")
print(logging.getLogger("a.b").parent.name, logging.getLogger("a.b.c").parent.name, logging.root.level)
bad = logging.getLogger("bad")
bad.warning("wrong args %d", "not a number")
print("after bad record")
logging.basicConfig(level=logging.DEBUG, force=True, format="%(message)s")
logging.debug("forced config, stderr now")
logging.lastResort.handle(logging.makeLogRecord({"msg": "last resort", "levelno": 40}))
