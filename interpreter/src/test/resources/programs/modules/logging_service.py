# Logging for a small service: dictConfig with two formatters, handlers on streams, a filter,
# propagation, LoggerAdapter with extra context, exceptions logged with their tracebacks,
# levels and isEnabledFor, and a handler on sys.stderr.
import logging, logging.config, io, sys

buf = io.StringIO()

class OnlyPayments(logging.Filter):
    def filter(self, record):
        return record.name.startswith("svc.pay")

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "full": {"format": "[{levelname}] {name}:{funcName}:{lineno} {message}", "style": "{"},
    },
    "filters": {"pay": {"()": OnlyPayments}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "brief", "level": "INFO"},
        "mem": {"class": "logging.StreamHandler", "stream": buf, "formatter": "full",
                "filters": ["pay"], "level": "DEBUG"},
        "err": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
                "formatter": "brief", "level": "ERROR"},
    },
    "loggers": {
        "svc": {"handlers": ["out", "mem"], "level": "DEBUG", "propagate": False},
        "svc.pay": {"handlers": ["err"]},
        "noisy": {"level": "CRITICAL"},
    },
    "root": {"level": "WARNING", "handlers": ["out"]},
})

log = logging.getLogger("svc")
pay = logging.getLogger("svc.pay")
log.debug("debug is below the out handler's level")
log.info("service starting on port %d", 8080)
pay.info("charging %s %.2f", "alice", 12.5)
pay.debug("details: %r", {"card": "****1234"})
logging.getLogger("noisy").error("suppressed by level")
logging.getLogger("other").warning("root handles this %s", "warning")
print("effective:", logging.getLevelName(pay.getEffectiveLevel()), pay.isEnabledFor(logging.DEBUG),
      logging.getLogger("noisy").isEnabledFor(logging.ERROR))

class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req {self.extra['rid']}] {msg}", kwargs

req = RequestAdapter(pay, {"rid": "r-17"})
req.warning("slow upstream (%d ms)", 950)

def settle(amount):
    return 100 / amount

try:
    settle(0)
except ZeroDivisionError:
    pay.exception("settlement failed for %s", "bob")
try:
    {}["k"]
except KeyError:
    log.error("lookup failed", exc_info=True)
log.warning("with stack", stack_info=False)
log.critical("%s and %s", "a", "b")
log.log(25, "custom level %d", 25)
logging.addLevelName(25, "NOTICE")
log.log(25, "named now")
print("--- memory handler (payments, full format) ---")
for line in buf.getvalue().splitlines():
    if line.startswith("  File") or line.startswith("    "):
        continue
    print(line)
print(logging.getLevelName("NOTICE"), logging.getLevelName(42), logging.getLevelName("NOPE"))
log.info("bad args %d", "x")
print("done")
