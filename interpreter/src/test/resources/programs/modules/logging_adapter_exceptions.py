# logging in a small service: dictConfig with two formatters, a filter class and handler levels,
# a LoggerAdapter adding a request id (and one overriding process), logger.exception and
# exc_info tracebacks into a StringIO, a Formatter subclass shortening tracebacks,
# captureWarnings routing warnings to 'py.warnings', propagate, disabled loggers, and the
# last-resort handler writing to stderr.
import io
import logging
import logging.config
import warnings

stream = io.StringIO()

class RequestFilter(logging.Filter):
    def filter(self, record):
        record.request = getattr(record, "request", "-")
        return not record.getMessage().startswith("healthcheck")

class ShortTraceback(logging.Formatter):
    def formatException(self, ei):
        return "!! " + ei[0].__name__ + ": " + str(ei[1])

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"req": {"()": RequestFilter}},
    "formatters": {
        "plain": {"format": "%(levelname)-7s %(name)s [%(request)s] %(message)s"},
        "short": {"()": ShortTraceback, "format": "%(levelname)s|%(message)s"},
    },
    "handlers": {
        "main": {"class": "logging.StreamHandler", "stream": stream, "formatter": "plain",
                 "filters": ["req"], "level": "DEBUG"},
        "errors": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "short", "level": "ERROR"},
    },
    "loggers": {
        "svc": {"level": "DEBUG", "handlers": ["main", "errors"], "propagate": False},
        "svc.db": {"level": "WARNING"},
        "py.warnings": {"handlers": ["main"], "level": "WARNING", "propagate": False},
    },
})

log = logging.getLogger("svc")
db = logging.getLogger("svc.db")
class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["request"] = self.extra["id"]
        return f"{msg} (user={self.extra['user']})", kwargs

req = RequestAdapter(log, {"id": "r-17", "user": "ann"})
plain = logging.LoggerAdapter(log, {"request": "r-18"})
log.debug("starting %s workers", 4)
req.info("GET /items")
plain.warning("slow response: %.1f s", 2.345)
log.info("healthcheck ok")
db.info("connected")
db.warning("pool exhausted")
try:
    {"a": 1}["b"]
except KeyError:
    req.exception("lookup failed")
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("math: %s", e, exc_info=True)
log.critical("shutting down", extra={"request": "sys"})
logging.captureWarnings(True)
warnings.warn("old config format", DeprecationWarning)
warnings.warn("disk almost full")
logging.captureWarnings(False)
print(req.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.INFO), db.getEffectiveLevel(), log.handlers[0].name)
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName(logging.ERROR))
text = stream.getvalue()
print(text.replace(__file__, "FILE"))
orphan = logging.getLogger("orphan")
orphan.propagate = False
orphan.warning("to the last resort")
orphan.info("not shown")
logging.getLogger("svc").disabled = True
log.error("disabled")
logging.shutdown()
