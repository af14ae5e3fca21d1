"""Printing and formatting exceptions and stacks as the interpreter prints an uncaught exception:
print_exc, format_exc, print_exception, format_exception, format_exception_only, extract_tb,
extract_stack, format_list, format_tb, format_stack, print_tb, print_stack, walk_tb, walk_stack,
FrameSummary, StackSummary and TracebackException.

A whole exception (its chain, each traceback with its source lines and ^~~~ markers, repeated
lines collapsed, the last line) is formatted by the interpreter's own printer (_traceback), the
one that prints uncaught exceptions, and cut into CPython's pieces: one string for the
'Traceback' header, one per frame (with its source and markers), one per chain message, one per
line of the exception. The entries of a traceback (format_tb, print_tb, a limit) come from the
same printer; extract_tb, extract_stack and format_list work on FrameSummary objects, which have
no column positions here, so what they format has no ^~~~ markers.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary',
           'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name and the source line (read
    lazily from linecache), and the frame's locals as reprs when asked for."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, lineno) from f (the caller's frame by default) to the outermost."""
    if f is None:
        # CPython 3.11's own four steps back from the generator's frame: the frame that called
        # next() on it, that frame's caller and two more, so a loop over walk_stack(None) in a
        # function starts two frames above the function itself (the frames 3.11 prints).
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of the traceback tb, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(frame_gen, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    items = list(frame_gen)
    if limit is not None:
        if limit >= 0:
            items = items[:limit]
        else:
            items = items[limit:]
    return items


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        for fs in result:
            if lookup_lines:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The frames as print_tb writes them, a string per frame; more than three repeats of
        one line in a row become '[Previous line repeated N more times]'."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def extract_tb(tb, limit=None):
    """The entries of the traceback tb as a StackSummary, outermost first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to f (the caller by default) as a StackSummary."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """The strings print_list writes for (filename, lineno, name, line) entries."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def _tb_entries(tb, limit):
    """The printer's entries of tb: the first limit ones, the last -limit ones when negative."""
    if tb is None:
        return []
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return _traceback.format_tb(tb, 0, sys.maxsize)
    if limit >= 0:
        return _traceback.format_tb(tb, 0, limit)
    depth = 0
    t = tb
    while t is not None:
        depth += 1
        t = t.tb_next
    return _traceback.format_tb(tb, max(depth + limit, 0), sys.maxsize)


def format_tb(tb, limit=None):
    """The strings print_tb writes: one per entry, with its source line and ^~~~ markers."""
    return _tb_entries(tb, limit)


def print_tb(tb, limit=None, file=None):
    """Writes the entries of the traceback tb (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for entry in _tb_entries(tb, limit):
        print(entry, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Writes the stack from the outermost frame to f (the caller by default)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _type_name(etype):
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    return stype


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def format_exception_only(exc, /, value=_sentinel):
    """The lines of the exception's last part: 'Type: message' (SyntaxError's location first),
    then its notes."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    etype = type(value)
    stype = _type_name(etype)
    lines = []
    if issubclass(etype, SyntaxError) and value.lineno is not None:
        filename = value.filename or "<string>"
        lines.append(f'  File "{filename}", line {value.lineno}\n')
        text = value.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            lines.append(f'    {ltext}\n')
            if value.offset is not None:
                offset = value.offset
                end_offset = value.end_offset if value.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    lines.append(f"    {caretspace}{'^' * (end_colno - colno)}\n")
        msg = value.msg or "<no detail available>"
        lines.append(f"{stype}: {msg}\n")
    else:
        text = _some_str(value)
        lines.append(f'{stype}: {text}\n' if text else f'{stype}\n')
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        from collections.abc import Sequence
        if isinstance(notes, Sequence):  # a str too: one note per character
            for note in notes:
                note = _safe_string(note, 'note')
                lines.extend(line + '\n' for line in note.split('\n'))
        else:  # its repr, with no line end
            lines.append(_safe_string(notes, '__notes__', repr))
    return lines


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


def _margin(line):
    """The '    | ' an exception group's frame puts before each line inside it ('' outside)."""
    stripped = line.lstrip(' ')
    return line[:len(line) - len(stripped) + 2] if stripped.startswith('| ') else ''


def _pieces(text):
    """The interpreter printer's text cut as CPython's TracebackException.format yields it (inside
    an exception group's frame, the same pieces with the frame's margin before each line)."""
    result = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        margin = _margin(line)
        body = line[len(margin):]
        if body.startswith('  File '):
            j = i + 1
            while j < len(lines) and lines[j].startswith(margin + '    '):
                j += 1
            result.append(''.join(lines[i:j]))
            i = j
        elif (body == '\n' and i + 2 < len(lines) and lines[i + 2] == margin + '\n'
              and lines[i + 1].startswith(margin)):
            result.append(''.join(lines[i:i + 3]))  # a chain message with its blank lines
            i += 3
        else:
            result.append(line)
            i += 1
    return result


def _format_chain(value, tb, limit, chain, seen):
    seen.add(id(value))
    out = []
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            out.extend(_format_chain(cause, cause.__traceback__, limit, chain, seen))
            out.append('\nThe above exception was the direct cause of the following exception:\n\n')
        elif context is not None and not value.__suppress_context__ and id(context) not in seen:
            out.extend(_format_chain(context, context.__traceback__, limit, chain, seen))
            out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    entries = _tb_entries(tb, limit)
    if entries:
        out.append('Traceback (most recent call last):\n')
        out.extend(entries)
    out.extend(format_exception_only(value))
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The strings print_exception writes: the chain, the tracebacks and the last lines."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if limit is None and chain and tb is value.__traceback__ and getattr(sys, 'tracebacklimit', None) is None:
        return _pieces(_traceback.format_exception(value))
    return _format_chain(value, tb, limit, chain, set())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Writes the exception as an uncaught one is written (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The text print_exc writes, as a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the exception being handled as an uncaught one is written."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    """Clears the locals of the traceback's frames."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


class TracebackException:
    """An exception ready to be formatted: exc_type, stack (a StackSummary), __cause__ and
    __context__ as TracebackExceptions, format() and format_exception_only()."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._str = _some_str(exc_value)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            context = exc_value.__context__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield from [f'{self.exc_type.__name__ if self.exc_type else "NoneType"}: None\n']
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield from self.format_exception_only()
            return
        yield from format_exception(type(self._value), self._value, self._tb, limit=self._limit, chain=chain)
