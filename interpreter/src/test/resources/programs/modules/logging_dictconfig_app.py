# Logging for a small service: dictConfig with two formatters, filters, per-logger levels, propagate, a LoggerAdapter and logger.exception's traceback.
import io
import logging
import logging.config
import sys

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.msg_id % 2 == 0 if hasattr(record, "msg_id") else True

memory = io.StringIO()
CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "full": {"format": "[%(levelname)s|%(name)s|%(funcName)s:%(lineno)d] %(message)s"},
        "braces": {"format": "{levelname} :: {message}", "style": "{"},
    },
    "filters": {"even": {"()": OnlyEven}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "brief", "level": "INFO"},
        "mem": {"class": "logging.StreamHandler", "stream": memory, "formatter": "full",
                "level": "DEBUG", "filters": ["even"]},
        "err": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
                "formatter": "braces", "level": "ERROR"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["mem"], "propagate": True},
        "app.db": {"level": "WARNING"},
        "noisy": {"level": "CRITICAL", "propagate": False, "handlers": ["console"]},
    },
    "root": {"level": "INFO", "handlers": ["console", "err"]},
}
logging.config.dictConfig(CONFIG)

log = logging.getLogger("app")
db = logging.getLogger("app.db")
log.debug("starting with %d workers", 4)
log.info("ready", extra={"msg_id": 2})
log.info("odd message", extra={"msg_id": 3})
db.info("hidden: below WARNING")
db.warning("slow query: %.2fs", 1.2345)
logging.getLogger("noisy").error("not critical enough")
logging.getLogger("noisy").critical("critical gets through")

class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req {self.extra['rid']}] {msg}", kwargs

req = RequestAdapter(log, {"rid": "abc123"})
req.info("GET /items")
req.warning("user %s not found", "bob")

def handler(payload):
    return payload["key"] / payload["count"]

for payload in ({"key": 1, "count": 0}, {"count": 1}):
    try:
        handler(payload)
    except Exception:
        log.exception("handler failed for %r", payload)

print("effective levels:", [logging.getLevelName(logging.getLogger(n).getEffectiveLevel())
                            for n in ("app", "app.db", "app.db.pool", "noisy", "other")])
print("isEnabledFor:", db.isEnabledFor(logging.INFO), db.isEnabledFor(logging.ERROR))
print("--- memory handler got ---")
print(memory.getvalue(), end="")
print(logging.getLevelName(25), logging.getLevelName("WARNING"), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
logging.getLogger("app").handlers[0].flush()
print(memory.getvalue().splitlines()[-1])
logging.shutdown()
