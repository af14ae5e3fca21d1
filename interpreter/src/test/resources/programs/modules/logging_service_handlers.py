# Logging in a service: a logger hierarchy with levels and propagation, StreamHandlers to
# StringIOs with different Formatters (%-style with msecs off, {-style, $-style, custom
# formatTime), filters, exc_info and stack_info text, LoggerAdapter with extra, lastResort,
# custom levels, logging.disable, and the "--- Logging error ---" report of a bad format.
import io
import logging
import sys

class FixedTime(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "2026-12-07 18:00:00"

root_buf, app_buf = io.StringIO(), io.StringIO()
root = logging.getLogger()
root.setLevel(logging.WARNING)
h_root = logging.StreamHandler(root_buf)
h_root.setFormatter(FixedTime("%(asctime)s %(levelname)-8s %(name)s: %(message)s"))
root.addHandler(h_root)
app = logging.getLogger("app")
db = logging.getLogger("app.db")
app.setLevel(logging.DEBUG)
h_app = logging.StreamHandler(app_buf)
h_app.setFormatter(logging.Formatter("{levelname}|{name}|{funcName}|{message}", style="{"))
h_app.setLevel(logging.INFO)
app.addHandler(h_app)
def connect():
    db.debug("dsn=%s", "pg://x")
    db.info("connected in %.1f ms", 12.345)
    db.warning("pool at %d%%", 95)
connect()
app.error("failed: %s %r", "disk", {"free": 0})
logging.getLogger("other").info("not shown")
logging.getLogger("other").warning("shown %s", "at root")
print(db.getEffectiveLevel(), db.parent.name, db.propagate, app.isEnabledFor(logging.DEBUG), root.isEnabledFor(logging.INFO))
class OnlyDb(logging.Filter):
    def filter(self, record):
        return record.name.startswith("app.db")
h_app.addFilter(OnlyDb())
app.warning("filtered out")
db.warning("kept")
h_app.removeFilter(h_app.filters[0])
try:
    1 / 0
except ZeroDivisionError:
    app.exception("division went wrong")
    app.error("again", exc_info=True)
app_text = app_buf.getvalue().replace(__file__, "FILE")
print(app_text, end="")
print(root_buf.getvalue(), end="")
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("$levelname:$name:$message", style="$"))
adapt_log = logging.getLogger("svc")
adapt_log.propagate = False
adapt_log.addHandler(h)
adapt_log.setLevel(logging.DEBUG)
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[req={self.extra['req']}] {msg}", kwargs
ad = Ctx(adapt_log, {"req": 7})
ad.info("start")
ad.debug("detail %d", 3)
plain = logging.LoggerAdapter(adapt_log, {"user": "ann"})
plain.warning("plain adapter")
print(plain.getEffectiveLevel(), plain.isEnabledFor(logging.INFO), repr(plain) if False else type(plain).__name__)
logging.addLevelName(25, "NOTICE")
adapt_log.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33), logging.getLevelName("ERROR"))
logging.disable(logging.WARNING)
adapt_log.warning("disabled")
adapt_log.error("error passes")
logging.disable(logging.NOTSET)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s %(foo)s"))
adapt_log.info("with extra", extra={"foo": "FOO"})
try:
    adapt_log.info("bad", extra={"message": "clash"})
except KeyError as e:
    print("KeyError", e)
print(buf.getvalue(), end="")
rec = logging.LogRecord("n", logging.INFO, "/p/f.py", 10, "x=%s y=%s", ("a", "b"), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno, repr(rec)[:40])
print(logging.Formatter("%(name)s %(levelno)d %(pathname)s").format(rec), repr(logging.getLogger("app")), repr(root))
saved = sys.stderr
sys.stderr = io.StringIO()
bad = logging.getLogger("bad")
bad.propagate = False
bh = logging.StreamHandler(io.StringIO())
bad.addHandler(bh)
bad.error("two args %s %s", "only-one")
report = sys.stderr.getvalue()
sys.stderr = saved
print(report.splitlines()[0], "|", report.splitlines()[-1])
print(logging.lastResort, logging.raiseExceptions, logging.BASIC_FORMAT)
