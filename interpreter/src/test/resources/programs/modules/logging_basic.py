# logging: warnings with no configuration (lastResort: the message alone), basicConfig's default
# format on stderr, levels and their names, %-style arguments (a dict too), loggers in a dotted
# hierarchy with their effective levels and propagation, a handler on stdout with its own format,
# filters, exception() with the traceback, and the reprs of loggers and handlers.
import logging
import sys

logging.getLogger("early").warning("no handler: only %s", "the message")
logging.getLogger("early").info("not shown")
logging.basicConfig(level=logging.INFO)
logging.info("started %d workers", 3)
logging.debug("not shown")
logging.warning("%(user)s logged in", {"user": "ann"})
log = logging.getLogger("app.db")
log.error("connection lost")
print(log.name, log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLevelName(30),
      logging.getLevelName("ERROR"), logging.getLevelName(15))
app = logging.getLogger("app")
app.setLevel(logging.ERROR)
log.warning("filtered by app's level")
print(log.getEffectiveLevel(), logging.getLogger("app.db") is log, log.parent is app, repr(app), repr(logging.getLogger()))
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s:%(funcName)s:%(lineno)d %(message)s"))
app.addHandler(out)


def work():
    log.error("from work(): %s and %r", "text", "repr")


work()
app.propagate = False
log.critical("only on stdout now")
out.addFilter(lambda record: "secret" not in record.getMessage())
log.error("a secret is not printed")
out.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")
child = log.getChild("pool")
print(child.name, child.parent is log, repr(out), out.level, logging.WARN, logging.FATAL)
logging.addLevelName(25, "NOTICE")
app.setLevel(20)
child.log(25, "custom level %s", logging.getLevelName(25))
logging.disable(logging.CRITICAL)
child.critical("disabled")
logging.disable(logging.NOTSET)
adapter = logging.LoggerAdapter(child, {"user": "bob"})
adapter.error("through an adapter")
print(repr(adapter))
