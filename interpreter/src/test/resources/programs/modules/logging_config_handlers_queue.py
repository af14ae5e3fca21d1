# Configuring logging for a worker service: dictConfig with formatters, filters, handlers and
# loggers (propagate, disable_existing_loggers), fileConfig-free setups, MemoryHandler flushing
# on level and capacity to a target, QueueHandler/QueueListener through a queue.Queue, BufferingHandler,
# NullHandler, getChild, logger.handlers, captureWarnings and the py.warnings logger, and
# dictConfig's errors.
import io
import logging
import logging.config
import logging.handlers
import queue
import warnings

out = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
                   "braced": {"format": "[{levelname:<7}] {name} - {message}", "style": "{"}},
    "filters": {"only_db": {"name": "svc.db"}},
    "handlers": {"mem": {"class": "logging.StreamHandler", "stream": out, "formatter": "brief", "level": "INFO"},
                 "dbonly": {"class": "logging.StreamHandler", "stream": out, "formatter": "braced", "filters": ["only_db"]}},
    "loggers": {"svc": {"level": "DEBUG", "handlers": ["mem"], "propagate": False},
                "svc.db": {"handlers": ["dbonly"]}},
})
svc = logging.getLogger("svc")
db = svc.getChild("db")
web = logging.getLogger("svc.web")
svc.debug("hidden by handler level")
svc.info("service up")
db.warning("slow query %dms", 250)
web.error("bad request")
db.debug("debug from db")
print(out.getvalue(), end="")
print(db.name, db.parent is svc, [type(h).__name__ for h in svc.handlers], db.level, db.getEffectiveLevel(), web.propagate, svc.propagate)
target_out = io.StringIO()
target = logging.StreamHandler(target_out)
target.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
worker = logging.getLogger("worker")
worker.propagate = False
worker.setLevel(logging.DEBUG)
worker.addHandler(mh)
worker.info("one")
worker.info("two")
print("buffered:", len(mh.buffer), repr(target_out.getvalue()))
worker.info("three")
print("after capacity:", len(mh.buffer), target_out.getvalue().splitlines())
worker.info("four")
worker.error("boom")
print("after error:", target_out.getvalue().splitlines())
mh.close()
worker.removeHandler(mh)
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
worker.addHandler(qh)
sink = io.StringIO()
sh = logging.StreamHandler(sink)
sh.setFormatter(logging.Formatter("%(threadName)s|%(levelname)s|%(message)s"))
listener = logging.handlers.QueueListener(q, sh, respect_handler_level=True)
listener.start()
for i in range(3):
    worker.warning("job %d done", i)
listener.stop()
print(sink.getvalue().replace("MainThread", "T"), end="")
worker.removeHandler(qh)
rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": logging.INFO, "levelname": "INFO", "name": "x"})
print(rec.getMessage(), rec.levelname, rec.name)
bh = logging.handlers.BufferingHandler(2)
worker.addHandler(bh)
worker.info("a")
print(bh.shouldFlush(bh.buffer[-1]) if bh.buffer else None, len(bh.buffer))
worker.info("b")
print(len(bh.buffer))
worker.removeHandler(bh)
logging.getLogger("lib").addHandler(logging.NullHandler())
logging.getLogger("lib").error("swallowed")
wbuf = io.StringIO()
wl = logging.getLogger("py.warnings")
wl.addHandler(logging.StreamHandler(wbuf))
wl.propagate = False
logging.captureWarnings(True)
warnings.warn("captured warning", UserWarning)
logging.captureWarnings(False)
print(repr(wbuf.getvalue().split(": ", 1)[1]) if ": " in wbuf.getvalue() else repr(wbuf.getvalue()))
for cfg in [{"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}}, {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}}]:
    try:
        logging.config.dictConfig(cfg)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
