"""assertLogs and assertNoLogs: a handler put in place of a logger's handlers for the block,
keeping the records and their 'LEVEL:name:message' lines."""

import logging
import collections

from .case import _BaseTestCaseContext

# No __unittest global here, as in CPython: a failure's traceback keeps this module's __exit__ frame.

_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(logging.Handler):
    """Keeps what is logged instead of writing it."""

    def __init__(self):
        logging.Handler.__init__(self)
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext(_BaseTestCaseContext):
    """The context manager of assertLogs (something must be logged at level or above) and
    assertNoLogs (nothing may be). For the block, the logger's handlers are replaced by one
    capturing handler, its level is set to the watched level and propagation is off; all
    three are put back on exit."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        _BaseTestCaseContext.__init__(self, test_case)
        self.logger_name = logger_name
        # A level name ('DEBUG') or number; INFO when none is given.
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        capture = _CapturingHandler()
        capture.setLevel(self.level)
        capture.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = capture.watcher
        self.old_handlers = list(target.handlers)
        self.old_level, self.old_propagate = target.level, target.propagate
        target.handlers = [capture]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else capture.watcher

    def __exit__(self, exc_type, exc_value, tb):
        target = self.logger
        target.handlers = self.old_handlers
        target.propagate = self.old_propagate
        target.setLevel(self.old_level)
        if exc_type is not None:
            return False        # the block's own exception goes on
        seen = self.watcher.records
        if self.no_logs and seen:
            self._raiseFailure("Unexpected logs found: %r" % (self.watcher.output,))
        elif not self.no_logs and not seen:
            self._raiseFailure("no logs of level %s or higher triggered on %s"
                               % (logging.getLevelName(self.level), target.name))
