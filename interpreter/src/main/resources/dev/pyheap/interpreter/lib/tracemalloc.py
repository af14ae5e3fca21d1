# tracemalloc: the Python half of CPython 3.11's module, over _tracemalloc (written in Java: the
# traces themselves, kept by the heap's allocation observer). Snapshots, grouping into statistics,
# comparison, filters and the formatting of sizes and tracebacks are done here, in Python, as
# CPython does; Snapshot.dump/Snapshot.load pickle it.
#
# A raw trace, as _get_traces() returns it: (domain, size, frames, total_nframe), where frames is a
# tuple of (filename, lineno) pairs, most recent call first, shared by traces of the same site.

from collections.abc import Sequence, Iterable
from functools import total_ordering
import fnmatch
import linecache

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    # Bytes are printed whole below 10 KiB; a larger unit gets one decimal while below 100 of it.
    for unit in _UNITS:
        small = abs(size) < 100 and unit != 'B'
        if small:
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if abs(size) < 10 * 1024 or unit == _UNITS[-1]:
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


class Statistic:
    """Memory allocated by one traceback (or line, or file): total size and block count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.count == other.count)

    def __str__(self):
        text = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """The change of a Statistic between an old and a new snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.size_diff == other.size_diff and self.count == other.count
                and self.count_diff == other.count_diff)

    def __str__(self):
        text = '%s: size=%s (%s), count=%i (%+i)' % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ', average=%s' % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


def _compare_grouped_stats(old_group, new_group):
    diffs = []
    for traceback, stat in new_group.items():
        before = old_group.pop(traceback, None)
        if before is None:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
        else:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size - before.size,
                                       stat.count, stat.count - before.count))
    for traceback, stat in old_group.items():
        diffs.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return diffs


@total_ordering
class Frame:
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % self._frame

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % self._frame


@total_ordering
class Traceback(Sequence):
    """Frames oldest first; built from raw frames, which come most recent first."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(raw) for raw in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = '<Traceback %s' % (tuple(self),)
        if self._total_nframe is None:
            return text + '>'
        return text + ' total_nframe=%s>' % self.total_nframe

    def format(self, limit=None, most_recent_first=False):
        if limit is None:
            frames = self
        elif limit > 0:
            frames = self[-limit:]
        else:
            frames = self[:limit]
        if most_recent_first:
            frames = reversed(frames)
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """Where obj was allocated (a Traceback), or None when it was not traced."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """One traced block: domain, size and traceback."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(self._trace[2], self._trace[3])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces(Sequence):
    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(raw) for raw in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        return self._traces == other._traces

    def __repr__(self):
        return '<Traces len=%s>' % len(self)


def _normalize_filename(filename):
    if filename.endswith('.pyc'):
        return filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops the traces allocated in files matching a pattern."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        filename = _normalize_filename(filename)
        if not fnmatch.fnmatch(filename, self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, frames):
        if not self.all_frames:
            filename, lineno = frames[0]
            return self._match_frame(filename, lineno)
        for filename, lineno in frames:
            if self._match_frame_impl(filename, lineno):
                return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, size, frames, total_nframe = trace
        matched = self._match_traceback(frames)
        if self.domain is None:
            return matched
        if self.inclusive:
            return matched and domain == self.domain
        return matched or domain != self.domain


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address space."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) ^ (not self.inclusive)


class Snapshot:
    """The traces at one moment, grouped on demand."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file (pickle, highest protocol)."""
        import pickle
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """The snapshot dump() wrote into a file."""
        import pickle
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    @staticmethod
    def _filter_trace(include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        if exclude_filters and any(not f._match(trace) for f in exclude_filters):
            return False
        return True

    def filter_traces(self, filters):
        if not isinstance(filters, Iterable):
            raise TypeError('filters must be a list of filters, not %s' % type(filters).__name__)
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        kept = [trace for trace in self.traces._traces
                if self._filter_trace(include, exclude, trace)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)
        stats = {}
        keys = {}

        def key_of(raw):
            # raw: the frames of a trace, or (cumulative) one frame
            if cumulative:
                frames = (raw,) if key_type == 'lineno' else ((raw[0], 0),)
            elif key_type == 'traceback':
                frames = raw
            elif key_type == 'lineno':
                frames = raw[:1]
            else:
                frames = ((raw[0][0], 0),)
            return Traceback(frames)

        def add(raw, size):
            traceback = keys.get(raw)
            if traceback is None:
                traceback = keys[raw] = key_of(raw)
            stat = stats.get(traceback)
            if stat is None:
                stats[traceback] = Statistic(traceback, size, 1)
            else:
                stat.size += size
                stat.count += 1

        for domain, size, frames, total_nframe in self.traces._traces:
            if cumulative:
                for frame in frames:
                    add(frame, size)
            else:
                add(frames, size)
        return stats

    def statistics(self, key_type, cumulative=False):
        stats = list(self._group_by(key_type, cumulative).values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        diffs = _compare_grouped_stats(old_snapshot._group_by(key_type, cumulative),
                                       self._group_by(key_type, cumulative))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the blocks traced so far."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory allocations to take a snapshot')
    return Snapshot(_get_traces(), get_traceback_limit())
