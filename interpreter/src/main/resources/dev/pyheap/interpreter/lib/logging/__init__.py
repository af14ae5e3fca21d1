"""Logging: named loggers in a dotted hierarchy, levels, records, formatters, filters and handlers,
as CPython's logging module.

How a call travels. logger.warning(msg, *args) first asks isEnabledFor (a per-logger cache of
verdicts, emptied whenever a level or the module's disable threshold changes), then builds a
LogRecord through the record factory, naming the first caller outside this file (findCaller), and
hands it to handle(): the logger's filters, then callHandlers, which walks the logger and its
ancestors while `propagate` holds, giving the record to each handler whose level it reaches. When
no handler was met on the way, lastResort (a stderr handler at WARNING) prints it.

The hierarchy. Loggers live in the Manager's loggerDict by name. A dotted name whose ancestor has
no logger yet leaves a PlaceHolder there, listing the loggers waiting below it; when that ancestor
is created it adopts them (each waiting logger whose parent is above the new one gets it as its
parent). A logger's parent is its nearest existing ancestor, the root logger at the top.

Text. A Formatter renders a record in one of three styles ('%', '{', '$'), adds the creation time
when the format names asctime, then the traceback of exc_info and the stack information.

The module holds its handlers weakly (a WeakValueDictionary by name and a list of weak references
for shutdown), so a handler nothing else holds is freed. captureWarnings sends warnings to the
'py.warnings' logger; setLogRecordFactory replaces the record class. logging.handlers and
logging.config are submodules of their own. Not here: the at-fork reinitialisation of locks.
"""

import sys
import os
import time
import io
import re
import traceback
import threading
import warnings
import weakref
import collections.abc
from string import Template
from string import Formatter as StrFormatter
from types import GenericAlias

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler',
           'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
           'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
           'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord', 'setLoggerClass',
           'shutdown', 'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory', 'lastResort',
           'raiseExceptions', 'getLevelNamesMapping']

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# switches a program may turn off
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()

# ---------------------------------------------------------------------------------------------
# levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}
for _number, _names in ((CRITICAL, ('CRITICAL', 'FATAL')), (ERROR, ('ERROR',)), (WARNING, ('WARNING', 'WARN')),
                        (INFO, ('INFO',)), (DEBUG, ('DEBUG',)), (NOTSET, ('NOTSET',))):
    _levelToName[_number] = _names[0]
    for _n in _names:
        _nameToLevel[_n] = _number
# CPython's mapping lists the names in this order (getLevelNamesMapping shows it)
_nameToLevel = {k: _nameToLevel[k] for k in ('CRITICAL', 'FATAL', 'ERROR', 'WARN', 'WARNING', 'INFO', 'DEBUG',
                                             'NOTSET')}
del _number, _names, _n

# one module lock: the level tables, the hierarchy and the handler registry
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or 'Level %s' for a value that is
    neither (the lookup goes both ways for backward compatibility)."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Gives the level number the name levelName (and the name that number)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    # a level given by a program: an int as it is, a known name as its number
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level not in _nameToLevel:
        raise ValueError("Unknown level: %r" % level)
    return _nameToLevel[level]


def currentframe():
    return sys._getframe(1)


_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    # frames of this file, and of the import machinery when a module logs while it is imported
    path = os.path.normcase(frame.f_code.co_filename)
    if path == _srcfile:
        return True
    return "importlib" in path and "_bootstrap" in path


# ---------------------------------------------------------------------------------------------
# records

class LogRecord(object):
    """One event: who logged it (logger name, file, line, function), at which level, the message
    with its arguments, when, in which thread and process, and the exception and stack if any."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None,
                 **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log("%(a)s", {"a": 1}): a lone non-empty mapping is the mapping the message formats with
        if args and len(args) == 1:
            only = args[0]
            if isinstance(only, collections.abc.Mapping) and only:
                args = only
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            self.filename = base
            self.module = os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        # whole milliseconds, as a float (computed from the fraction to dodge rounding up to 1000)
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        self.thread = threading.get_ident() if logThreads else None
        self.threadName = threading.current_thread().name if logThreads else None
        self.processName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
            multiprocessing = sys.modules.get('multiprocessing')
            if multiprocessing is not None:
                try:
                    self.processName = multiprocessing.current_process().name
                except Exception:
                    pass
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno,
                                                      self.msg)

    def getMessage(self):
        """str(msg), %-formatted with args when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Makes the loggers build their records with factory (called as LogRecord is)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are the items of dict (a record received from elsewhere)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------------------------
# styles and formatters

_str_formatter = StrFormatter()

# a %-format is valid when it has at least one "%(key)" directive: flags, width, precision, type
_PERCENT_DIRECTIVE = re.compile(r"%\(\w+\)" r"[#0+ -]*" r"(\*|\d+)?" r"(\.(\*|\d+))?" r"[diouxefgcrsa%]",
                                re.IGNORECASE)
# what '{' formats may hold: plain or dotted/indexed field names, and standard format specs
_BRACE_FIELD = re.compile(r"^(\d+|\w+)(\.\w+|\[[^]]+\])*$")
_BRACE_SPEC = re.compile(r"^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$",
                         re.IGNORECASE)
# string.Template's placeholders: '$$', '$name' or '${name}' (ASCII identifiers); a '$' followed by
# none of them matches alone
_DOLLAR_FIELD = re.compile(r"\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})?", re.IGNORECASE | re.ASCII)


class PercentStyle(object):
    """The '%' style: fmt % the record's attributes (its defaults filling the gaps)."""
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = _PERCENT_DIRECTIVE

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError when the format has no field of this style."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        attributes = record.__dict__
        return self._defaults | attributes if self._defaults else attributes

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """The '{' style: str.format with the record's attributes as keywords."""
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    fmt_spec = _BRACE_SPEC
    field_spec = _BRACE_FIELD

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def _check_fields(self):
        # the names of the fields, after checking each field's name, conversion and spec
        names = set()
        for _literal, field, spec, conversion in _str_formatter.parse(self._fmt):
            if field:
                if self.field_spec.match(field) is None:
                    raise ValueError('invalid field name/expression: %r' % field)
                names.add(field)
            if conversion and conversion not in 'rsa':
                raise ValueError('invalid conversion: %r' % conversion)
            if spec and self.fmt_spec.match(spec) is None:
                raise ValueError('bad specifier: %r' % spec)
        return names

    def validate(self):
        try:
            names = self._check_fields()
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """The '$' style: string.Template substitution."""
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        seen = False
        for match in _DOLLAR_FIELD.finditer(self._fmt):
            escaped, named, braced = match.groups()
            if named or braced:
                seen = True
            elif not escaped:
                raise ValueError("invalid format: bare '$' not allowed")
        if not seen:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character: (style class, basicConfig's default format in it)
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style][0]


def _append_block(text, block):
    # a traceback or stack block goes on a line of its own
    if not text.endswith("\n"):
        text += "\n"
    return text + block


class Formatter(object):
    """Turns a LogRecord into text: the format (in the '%', '{' or '$' style) over the record's
    attributes, with message and asctime computed first, then the exception's traceback and the
    stack information on lines of their own. converter turns the creation time into a struct_time
    (time.localtime unless a program sets another, such as time.gmtime)."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """The creation time by strftime with datefmt, else as '2024-01-05 10:30:00,123'."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback of the exception info triple ei, without its final newline."""
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        out.close()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text; sets record.message, record.asctime (when used) and caches the
        traceback text in record.exc_text."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _append_block(text, record.exc_text)
        if record.stack_info:
            text = _append_block(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record by linefmt, a footer (the header and
    footer are empty here, for subclasses to fill)."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not len(records):
            return ""
        body = "".join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------------------------
# filters

class Filter(object):
    """Lets through the records of the logger called name and of the loggers below it ('a.b'
    passes 'a.b' and 'a.b.c', not 'a.bc'); an empty name lets everything through."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """What carries filters (loggers and handlers). A filter is an object with a filter(record)
    method or a plain callable; a false answer from any drops the record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for candidate in self.filters:
            check = candidate.filter if hasattr(candidate, 'filter') else candidate
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------------------------------------
# handlers

# the registry: by name, and in creation order for shutdown(); both weak, so it never keeps a
# handler alive
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(wr):
    # a handler died: its weak reference leaves the shutdown list (the lock and list may already be
    # gone while the interpreter shuts down)
    lock, registry = _lock, _handlerList
    if not (lock and registry):
        return
    with lock:
        if wr in registry:
            registry.remove(wr)


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """Sends records somewhere. emit() is the subclass's; handle() applies the filters and emits
    under the handler's lock; handleError() reports an emit that failed."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits the record when the filters pass it; whether they did."""
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Called from emit() while an exception is handled: prints "--- Logging error ---", the
        traceback, the stack of the logging call (from the first frame outside the logging package)
        and the message with its arguments, on stderr, when raiseExceptions is set."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, value, tb = sys.exc_info()
        try:
            err = sys.stderr
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame
            package = os.path.dirname(_srcfile)
            while frame and os.path.dirname(frame.f_code.co_filename) == package:
                frame = frame.f_back
            if frame:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting error.\n'
                          'Use the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            kind = value = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and the terminator to a stream (sys.stderr as it is when the
    handler is made, unless another is given), flushing after each."""
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Writes to stream from now on; the previous stream (flushed), or None if it is the same."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        # a stream's name may be an int (a descriptor)
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (mode 'a' by default); with delay, the file is
    opened at the first record. Once closed, a handler in mode 'w' stays closed."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if "b" in mode else io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def close(self):
        self.acquire()
        try:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        # the handler lets go of the stream even when the flush failed
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def emit(self, record):
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """lastResort's class: writes to whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: a library gives its logger one so that, with no configuration, nothing is
    printed (lastResort is not reached)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------------------------
# the hierarchy

class PlaceHolder(object):
    """Stands in the Manager for a dotted name with no logger yet: the loggers waiting below it
    (a dict used as an ordered set)."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def setLoggerClass(klass):
    """The class getLogger makes new loggers of (Logger or a subclass)."""
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """The loggers by name (loggerDict, with PlaceHolders for names no logger has yet), the
    threshold of disable(), and the classes new loggers and records are made of."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        """The logger called name, made (and linked into the hierarchy) on first use."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            entry = self.loggerDict.get(name)
            if entry is None and name not in self.loggerDict:
                entry = self._new_logger(name)
                self._fixupParents(entry)
            elif isinstance(entry, PlaceHolder):
                waiting = entry
                entry = self._new_logger(name)
                self._fixupChildren(waiting, entry)
                self._fixupParents(entry)
            return entry

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # walk the ancestors' names from the nearest: placeholders for the missing ones (each
        # remembering alogger) up to the first real logger, which becomes the parent
        name = alogger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and parent is None:
            ancestor = name[:cut]
            entry = self.loggerDict.get(ancestor)
            if ancestor not in self.loggerDict:
                self.loggerDict[ancestor] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                parent = entry
            else:
                entry.append(alogger)
            cut = name.rfind(".", 0, cut - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        # the loggers that waited under the placeholder: those whose parent is above alogger now
        # hang from it
        prefix = alogger.name
        for waiting in ph.loggerMap.keys():
            if not waiting.parent.name.startswith(prefix):
                alogger.parent = waiting.parent
                waiting.parent = alogger

    def _clear_cache(self):
        with _lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel. A record at or above the logger's effective level (its own level, else its
    nearest ancestor's with one set) goes to its handlers and, while propagate is true, to its
    ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # one method per level; each calls _log itself, so the frames between the program's call and
    # the record's making are the same whatever the level (findCaller and tracebacks show them)

    def debug(self, msg, *args, **kwargs):
        """Logs msg % args at DEBUG."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """critical() under its old name."""
        self.critical(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text or None) of the frame that logged: the stacklevel-th
        frame outside this module (the outermost one when the stack is shorter)."""
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        remaining = stacklevel
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                remaining -= 1
        stack = None
        if stack_info:
            lines = traceback.format_stack(frame)
            stack = "Stack (most recent call last):\n" + "".join(lines)
            if stack.endswith("\n"):
                stack = stack[:-1]
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        """A record from the factory, with the items of extra as attributes (none may replace one the
        record has, nor be 'message' or 'asctime')."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            attributes = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in attributes:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                attributes[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        where = ("(unknown file)", 0, "(unknown function)", None)
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        fn, lno, func, sinfo = where
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _lineage(self):
        # this logger, then its ancestors while each propagates
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        """Whether a handler would be found for this logger's records."""
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        """Offers the record to every handler met going up; with none met, to lastResort (or, when
        a program set lastResort to None, a one-time notice on stderr)."""
        met = 0
        for node in self._lineage():
            for hdlr in node.handlers:
                met += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
        if met:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at level would be processed (cached per level)."""
        if self.disabled:
            return False
        cache = self._cache
        if level in cache:
            return cache[level]
        with _lock:
            if self.manager.disable >= level:
                verdict = False
            else:
                verdict = level >= self.getEffectiveLevel()
            cache[level] = verdict
        return verdict

    def getChild(self, suffix):
        """The logger below this one called suffix ('a.b' with 'c.d' gives 'a.b.c.d')."""
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # a logger pickles as its name, so it must be the one getLogger gives for that name
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The top of the hierarchy, called 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """A logger with context: process() puts extra into each call's keywords (a subclass may also
    change the message); the level questions go to the logger underneath."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name, getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------------------------
# configuration and the module-level functions

def _basic_handlers(options, encoding, errors):
    # the handlers basicConfig installs: those given, or one on a file or a stream
    handlers = options.pop("handlers", None)
    given_stream_or_file = "stream" in options or "filename" in options
    if handlers is not None:
        if given_stream_or_file:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        return handlers
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if not filename:
        return [StreamHandler(options.pop("stream", None))]
    if 'b' in mode:
        errors = None
    else:
        encoding = io.text_encoding(encoding)
    return [FileHandler(filename, mode, encoding=encoding, errors=errors)]


def basicConfig(**kwargs):
    """Configures the root logger when it has no handler yet (or, with force=True, after closing
    the ones it has): handlers (or one StreamHandler on stream, default stderr, or a FileHandler on
    filename opened with filemode, encoding and errors), each without a formatter given the one of
    format, datefmt and style, and the level. Unknown keywords are an error."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = _basic_handlers(kwargs, encoding, errors)
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        _style_class(style)
        formatter = Formatter(kwargs.pop("format", _STYLES[style][1]), datefmt, style)
        for hdlr in handlers:
            if hdlr.formatter is None:
                hdlr.setFormatter(formatter)
            root.addHandler(hdlr)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger called name (made on first use); the root logger for no name or 'root'."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# logging.info(...) and company log on the root logger, giving it basicConfig()'s stderr handler
# first when it has none

def critical(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at level or below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler still alive, newest first (run at exit too); handlerList
    holds weak references."""
    for reference in reversed(list(handlerList)):
        try:
            hdlr = reference()
            if not hdlr:
                continue
            try:
                hdlr.acquire()
                hdlr.flush()
                hdlr.close()
            except (OSError, ValueError):
                pass   # its stream was closed by the program already
            finally:
                hdlr.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# ---------------------------------------------------------------------------------------------
# warnings through logging

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # warnings.showwarning while captured: a warning meant for a file still goes there; the others
    # become WARNING records of 'py.warnings', which gets a NullHandler when it has no handler
    if file is None:
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(warnings.formatwarning(message, category, filename, lineno, line)))
    elif _warnings_showwarning is not None:
        _warnings_showwarning(message, category, filename, lineno, file, line)


def captureWarnings(capture):
    """Routes warnings into logging (capture true) or back to where they went before."""
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
