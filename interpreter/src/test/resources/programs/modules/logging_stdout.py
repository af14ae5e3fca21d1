# logging to stdout with formats, levels, named hierarchies, filters, adapters, exceptions, extra fields.
import logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s:%(lineno)d %(funcName)s | %(message)s")
log = logging.getLogger("app")
log.debug("debug %s", "value")
log.info("info with %d args and %r", 2, "repr")
log.warning("careful")
db = logging.getLogger("app.db")
db.setLevel(logging.WARNING)
db.info("hidden")
db.error("db error code=%03d", 7)
print(db.parent.name, db.getEffectiveLevel(), log.getEffectiveLevel(), db.isEnabledFor(logging.INFO), logging.getLevelName(35))

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[{levelname}] {name}: {message}", style="{"))
audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(handler)
audit.setLevel(logging.INFO)
audit.info("user %s logged in", "ann")

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
audit.addFilter(OnlyOdd())
for i in range(4):
    audit.info("event %d", i)

adapter = logging.LoggerAdapter(audit, {"user": "bob"})
handler.setFormatter(logging.Formatter("%(levelname)s %(user)s %(message)s"))
adapter.warning("adapted %d", 3)
audit.error("with extra %d", 5, extra={"user": "eve"})
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math failed")
try:
    {}["k"]
except KeyError:
    log.error("lookup failed", exc_info=True)
log.log(25, "custom level %s", "25")
logging.addLevelName(25, "NOTICE")
log.log(25, "named now")
log.critical("%(a)s and %(b)s", {"a": 1, "b": 2})
fmt = logging.Formatter("%(message)s %(missing)s")
rec = logging.LogRecord("n", logging.INFO, "f.py", 10, "msg", None, None)
try:
    fmt.format(rec)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
print(logging.getLogger() is logging.root, logging.root.level, len(logging.root.handlers), logging.getLogger("app.db").name)
logging.disable(logging.WARNING)
log.warning("suppressed")
log.error("still shown")
