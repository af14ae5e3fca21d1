"""More handlers for the logging package: files that rotate by size or by
time, a file reopened when something else moved it, handlers that buffer
records in memory, and a queue handler with its listener thread.

Rotation by size (RotatingFileHandler): before a record is written, the
handler asks whether the file plus the formatted record would reach
maxBytes; if so the file is closed and renamed down a chain::

    app.log.(N-1) -> app.log.N   ...   app.log.1 -> app.log.2   app.log -> app.log.1

(N = backupCount; the oldest falls off the end) and a fresh app.log is
opened.  Rotation by time (TimedRotatingFileHandler) renames app.log to
app.log.<the interval's start, formatted by `suffix`> when the clock passes
rolloverAt, and keeps the newest backupCount of those.  Both pass every new
name through `namer` and every rename through `rotator` when those are set.

Not here: the network handlers (SocketHandler, DatagramHandler,
SysLogHandler, SMTPHandler, HTTPHandler) and NTEventLogHandler.
"""

import copy
import io
import logging
import os
import queue
import re
import threading
import time
from stat import ST_DEV, ST_INO, ST_MTIME

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_SECONDS_PER_DAY = 24 * 60 * 60


def _is_a_non_file(path):
    # a rotating handler writing to /dev/null or a pipe must never rename it
    return os.path.exists(path) and not os.path.isfile(path)


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record and calls
    doRollover() when it says so; subclasses supply both."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a rotated file gets: namer(default_name) when a namer is set."""
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        """Moves the current file to dest: rotator(source, dest) when a
        rotator is set, else a rename (nothing when the file was never made)."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to a file until the next record would make it maxBytes long,
    then shifts it down the chain of backupCount numbered copies (see the
    module's essay).  maxBytes=0 never rotates."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'   # truncating at open would lose what rotation keeps
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            base = self.baseFilename
            for number in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (base, number))
                newer = self.rotation_filename('%s.%d' % (base, number + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if _is_a_non_file(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        line = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(line) >= self.maxBytes


# when= -> (seconds per unit, strftime suffix of rotated names, the pattern
# those suffixes match)
_TIMED_UNITS = {
    'S': (1, '%Y-%m-%d_%H-%M-%S', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$'),
    'M': (60, '%Y-%m-%d_%H-%M', r'^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$'),
    'H': (60 * 60, '%Y-%m-%d_%H', r'^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$'),
    'D': (_SECONDS_PER_DAY, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'MIDNIGHT': (_SECONDS_PER_DAY, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
    'W': (7 * _SECONDS_PER_DAY, '%Y-%m-%d', r'^\d{4}-\d{2}-\d{2}(\.\w+)?$'),
}


def _dst_shift(was_dst, becomes_dst):
    # an hour less when summer time starts before the instant, more when it ends
    if was_dst == becomes_dst:
        return 0
    return -3600 if not was_dst else 3600


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rotates the file every `interval` units of `when`: 'S', 'M', 'H',
    'D', 'MIDNIGHT' (at atTime or midnight) or 'W0'-'W6' (that weekday,
    0 is Monday); rotated files are named by the start of their interval."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime

        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 '
                                 '(0 is Monday): %s' % self.when)
            if not '0' <= unit[1] <= '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        seconds, self.suffix, pattern = _TIMED_UNITS[unit]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = seconds * interval

        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _clock(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def computeRollover(self, currentTime):
        """The instant of the next rotation after currentTime."""
        if not (self.when == 'MIDNIGHT' or self.when.startswith('W')):
            return currentTime + self.interval
        now = self._clock(currentTime)
        hour, minute, second, weekday = now[3], now[4], now[5], now[6]
        if self.atTime is None:
            target = _SECONDS_PER_DAY
        else:
            target = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = target - ((hour * 60 + minute) * 60 + second)
        if wait < 0:
            wait += _SECONDS_PER_DAY
            weekday = (weekday + 1) % 7
        when = currentTime + wait
        if self.when.startswith('W') and weekday != self.dayOfWeek:
            days = (self.dayOfWeek - weekday) % 7
            later = when + days * _SECONDS_PER_DAY
            if not self.utc:
                later += _dst_shift(now[-1], time.localtime(later)[-1])
            when = later
        return when

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if _is_a_non_file(self.baseFilename):
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The rotated files beyond the newest backupCount, oldest first."""
        folder, base = os.path.split(self.baseFilename)
        stem, extension = os.path.splitext(base)
        prefix = stem + '.'
        cut = len(prefix)
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                if not name.startswith(base):
                    continue
            elif (not name.startswith(base) and name.endswith(extension)
                  and len(name) > cut + 1 and not name[cut + 1].isdigit()):
                continue
            if name[:cut] != prefix:
                continue
            if any(self.extMatch.match(part) for part in name[cut:].split('.')):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        started = self.rolloverAt - self.interval
        stamp = self._clock(started)
        if not self.utc:
            shift = _dst_shift(stamp[-1], dst_now)
            if shift:
                stamp = time.localtime(started - shift)
        rotated = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, stamp))
        if os.path.exists(rotated):
            os.remove(rotated)
        self.rotate(self.baseFilename, rotated)
        if self.backupCount > 0:
            for stale in self.getFilesToDelete():
                os.remove(stale)
        if not self.delay:
            self.stream = self._open()

        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            following += _dst_shift(dst_now, time.localtime(following)[-1])
        self.rolloverAt = following


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when the name no longer leads to
    the file it has open (moved or deleted by a log rotator), by comparing
    device and inode numbers before each record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            status = os.fstat(self.stream.fileno())
            self.dev, self.ino = status[ST_DEV], status[ST_INO]

    def reopenIfNeeded(self):
        try:
            status = os.stat(self.baseFilename)
        except FileNotFoundError:
            status = None
        if status and status[ST_DEV] == self.dev and status[ST_INO] == self.ino:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None    # stays None if the reopening fails
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in `buffer` and calls flush() when shouldFlush() says
    so (at `capacity` records); this class's flush just empties the buffer."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them all to `target` when the buffer is
    full or a record at flushLevel or above arrives (and at close, unless
    flushOnClose is false).  Without a target the records stay."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if not self.target:
                return
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record on a queue (put_nowait), as a copy whose message is
    already formatted and which holds nothing that cannot be pickled."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        text = self.format(record)
        sendable = copy.copy(record)
        sendable.message = text
        sendable.msg = text
        for unpicklable in ('args', 'exc_info', 'exc_text', 'stack_info'):
            setattr(sendable, unpicklable, None)
        return sendable

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """A thread that takes records off a queue and gives each to the
    handlers (only those whose level it reaches, with
    respect_handler_level); stop() queues the sentinel and waits."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        source = self.queue
        acknowledges = hasattr(source, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is not self._sentinel:
                self.handle(record)
            if acknowledges:
                source.task_done()
            if record is self._sentinel:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
