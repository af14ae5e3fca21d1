# File logging for a batch job in a temporary directory: RotatingFileHandler rolling over by
# size with backups, TimedRotatingFileHandler's suffix, FileHandler with delay, QueueHandler and
# QueueListener, MemoryHandler flushing to a target on ERROR, a Formatter with datefmt and
# a fixed converter, and logging.shutdown; file contents are printed, never the paths.
import logging, logging.handlers, os, queue, tempfile, time

class FixedTime(logging.Formatter):
    converter = time.gmtime
    def formatTime(self, record, datefmt=None):
        record.created = 1700000000 + record.relativeCreated // 10**9
        return super().formatTime(record, datefmt)

fmt = FixedTime("%(asctime)s %(levelname).1s %(name)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
with tempfile.TemporaryDirectory() as d:
    p = lambda *a: os.path.join(d, *a)
    log = logging.getLogger("batch")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    rot = logging.handlers.RotatingFileHandler(p("job.log"), maxBytes=120, backupCount=2, encoding="utf-8")
    rot.setFormatter(fmt)
    log.addHandler(rot)
    for i in range(8):
        log.info("record number %d of the batch", i)
    rot.close()
    log.removeHandler(rot)
    for name in sorted(os.listdir(d)):
        with open(p(name), encoding="utf-8") as f:
            lines = f.read().splitlines()
        print(name, len(lines), [l.split(" ", 3)[-1] for l in lines])

    lazy = logging.FileHandler(p("lazy.log"), delay=True)
    print("exists before emit:", os.path.exists(p("lazy.log")))
    log.addHandler(lazy)
    log.warning("now it exists")
    print("exists after emit:", os.path.exists(p("lazy.log")))
    lazy.close(); log.removeHandler(lazy)

    timed = logging.handlers.TimedRotatingFileHandler(p("t.log"), when="midnight", backupCount=3, utc=True)
    print(timed.suffix, timed.when, timed.interval, timed.extMatch.pattern)
    timed.close()

    collected = []
    class ListHandler(logging.Handler):
        def emit(self, record):
            collected.append(self.format(record))
    target = ListHandler()
    target.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    mem = logging.handlers.MemoryHandler(capacity=10, flushLevel=logging.ERROR, target=target)
    log.addHandler(mem)
    log.debug("step 1"); log.info("step 2")
    print("buffered:", len(mem.buffer), collected)
    log.error("step 3 failed")
    print("after error:", len(mem.buffer), collected)
    log.removeHandler(mem); mem.close()

    q = queue.Queue()
    qh = logging.handlers.QueueHandler(q)
    listener = logging.handlers.QueueListener(q, target, respect_handler_level=True)
    log.addHandler(qh)
    listener.start()
    for i in range(3):
        log.info("queued %d", i)
    listener.stop()
    log.removeHandler(qh)
    print(collected[-3:])
    try:
        log.info("bad %s %s", "only one")
    except Exception as e:
        print("not raised here")
    logging.shutdown()
print(logging.getLevelName(logging.WARNING), logging.handlers.RotatingFileHandler.__mro__[1].__name__)
logging.basicConfig(format="%(levelname)s|%(name)s|%(message)s")
logging.getLogger("app.db").warning("fallback to %s", "sqlite")
logging.error("root error with %d%%", 50)
logging.info("not shown")
logging.basicConfig(level=logging.DEBUG)
logging.debug("still not shown: basicConfig is a no-op now")
