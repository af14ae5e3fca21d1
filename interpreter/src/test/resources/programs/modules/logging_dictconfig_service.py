# A service's logging set up with logging.config.dictConfig: formatters, filters, handlers to stdout and a StringIO, LoggerAdapter context, exception tracebacks, propagation
import io
import logging
import logging.config
import sys

capture = io.StringIO()

class OnlyWarnings(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.WARNING

class ContextAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req={self.extra['req']}] {msg}", kwargs

config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "short": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "brace": {"format": "{levelname[0]}|{name}|{message}|{lineno_hint}", "style": "{",
                  "defaults": {"lineno_hint": "-"}},
    },
    "filters": {"warn": {"()": OnlyWarnings}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "short", "level": "DEBUG"},
        "mem": {"class": "logging.StreamHandler", "stream": capture, "formatter": "brace",
                "filters": ["warn"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out", "mem"], "propagate": False},
        "app.db": {"level": "INFO"},
        "noisy": {"level": "ERROR"},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
}
logging.config.dictConfig(config)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
app.debug("starting with %d workers", 4)
db.debug("hidden: below INFO")
db.info("connected to %s", "sqlite")
db.warning("slow query took %.1fs", 2.25)
logging.getLogger("noisy").warning("dropped")
logging.getLogger("other").warning("root handles this")
print("effective:", db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()),
      db.isEnabledFor(logging.DEBUG), app.hasHandlers())

req = ContextAdapter(app, {"req": 42})
req.info("GET /index")
req.warning("missing header %r", "X-Token")
try:
    {}["key"]
except KeyError:
    req.exception("lookup failed")
try:
    1 / 0
except ZeroDivisionError:
    app.error("math", exc_info=True, stack_info=False)
app.log(25, "custom level %s", "twenty-five")
logging.addLevelName(25, "NOTICE")
app.log(25, "now named")
app.info("extra fields", extra={"user": "ann"})
print("--- captured (warnings and up) ---")
print(capture.getvalue(), end="")
print("--- handlers ---")
for h in app.handlers:
    print(type(h).__name__, logging.getLevelName(h.level), [type(f).__name__ for f in h.filters])
logging.shutdown()
