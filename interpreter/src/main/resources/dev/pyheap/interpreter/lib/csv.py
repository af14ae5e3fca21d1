"""Reading and writing CSV files: reader, writer, DictReader, DictWriter, the dialects (excel,
excel-tab, unix, and registered ones), Dialect, the QUOTE_* constants, field_size_limit, Error and
Sniffer (CPython's heuristics: quoted fields first, else each character's per-line counts).

CPython's reader and writer are C (_csv); here they are Python with the same parser, a state
machine fed one character at a time and an end-of-line mark after each line (START_RECORD,
START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL), and the same rules for quoting on write.
The reader, writer and dialect types are classes of this module named as CPython's C types
(`_csv.reader`, `_csv.writer`, `_csv.Dialect`), and Error is `_csv.Error`.
"""

import re
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'unregister_dialect',
           '__version__', 'DictReader', 'DictWriter', 'unix_dialect', 'Sniffer']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


def field_size_limit(*args):
    """Returns the largest field the reader accepts; with an int, sets it (returning the old)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError('limit must be an integer')
        _field_limit = limit
    return old


_MISSING = object()


def _char_param(name, value, default, or_none=''):
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, or_none, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_DIALECT_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
                  'quoting', 'skipinitialspace', 'strict')


class _Dialect:
    """The validated, read-only parameters of a reader or writer (CPython's _csv.Dialect)."""

    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar',
                 '_quoting', '_skipinitialspace', '_strict')

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_ATTRS:
                raise TypeError('%r is an invalid keyword argument for this function' % key)

        def pick(name):
            # the keyword, else the dialect's attribute, else _MISSING
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _MISSING)
            return _MISSING

        # each parameter converted in CPython's order, then the checks across them
        self._delimiter = _char_param('delimiter', pick('delimiter'), ',')
        doublequote = pick('doublequote')
        self._doublequote = True if doublequote is _MISSING else bool(doublequote)
        escapechar = pick('escapechar')
        self._escapechar = None if escapechar is None else _char_param('escapechar', escapechar, None, ' or None')
        lineterminator = pick('lineterminator')
        if lineterminator is _MISSING:
            lineterminator = '\r\n'
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        quotechar = pick('quotechar')
        self._quotechar = None if quotechar is None else _char_param('quotechar', quotechar, '"', ' or None')
        quoting = pick('quoting')
        if quoting is _MISSING:
            self._quoting = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        else:
            self._quoting = quoting
        skipinitialspace = pick('skipinitialspace')
        self._skipinitialspace = False if skipinitialspace is _MISSING else bool(skipinitialspace)
        strict = pick('strict')
        self._strict = False if strict is _MISSING else bool(strict)
        if self._quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and quoting is _MISSING:
            self._quoting = QUOTE_NONE
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if self._lineterminator is None:
            raise TypeError('lineterminator must be set')

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


class Dialect:
    """A set of parameters for readers and writers: subclass it and set the attributes
    (delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator, quoting,
    strict); they are checked when an instance is made."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

# the parser's states
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)

_EOL = None  # the mark fed after each line


class _Reader:
    """The rows of CSV text read from an iterable of lines."""

    def __init__(self, lines, dialect, **fmtparams):
        self._lines = iter(lines)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0
        # The runs of characters the states IN_FIELD and IN_QUOTED_FIELD only append to the field
        # (none of the characters those states act on): __next__ takes such a run in one step,
        # where _process would be called once per character (_csv.c's loop is C, one call per
        # character costs nothing there).
        d = self.dialect
        plain = ['\n', '\r', d.delimiter] + ([d.escapechar] if d.escapechar else [])
        quoted = ([d.escapechar] if d.escapechar else []) + ([d.quotechar] if d.quotechar else [])
        self._runs = {IN_FIELD: re.compile('[^%s]+' % re.escape(''.join(plain))),
                      IN_QUOTED_FIELD: re.compile('[^%s]+' % re.escape(''.join(quoted))) if quoted else re.compile('.+', re.S)}

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _end_field(self, c):
        self._save_field()
        self._state = START_RECORD if c is _EOL else EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL or state == IN_FIELD:
            if state == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
                self._state = IN_FIELD
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                # a doubled quote
                self._add_char(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._end_field(c)
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open "
                            "the file in universal-newline mode?")

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            runs = self._runs
            i = 0
            n = len(line)
            while i < n:
                run = runs.get(self._state)
                if run is not None:
                    m = run.match(line, i)
                    if m is not None and len(self._field) + (m.end() - i) <= _field_limit:
                        self._field.extend(line[i:m.end()])
                        i = m.end()
                        continue
                self._process(line[i])
                i += 1
            self._process(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def _is_number(value):
    # PyNumber_Check: int, float, complex, bool and types with __index__ or __float__
    return (isinstance(value, (int, float, complex)) or hasattr(type(value), '__index__')
            or hasattr(type(value), '__float__'))


class _Writer:
    """Writes rows as CSV lines to an object with a write method."""

    def __init__(self, fileobj, dialect, **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, fmtparams)

    def _field_text(self, text, quoted, out):
        d = self.dialect
        chars = []
        for c in text:
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    chars.append(d.escapechar)
            chars.append(c)
        body = ''.join(chars)
        if quoted:
            body = d.quotechar + body + d.quotechar
        out.append(body)

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        out = []
        for field in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._field_text(text, quoted, out)
        if len(out) == 1 and out[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = d.quotechar * 2
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


# the names CPython's C types have
for _cls, _name in ((_Reader, 'reader'), (_Writer, 'writer'), (_Dialect, 'Dialect')):
    _cls.__module__ = '_csv'
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _name


def reader(csvfile, dialect=None, **fmtparams):
    """An iterator of the rows (lists of str) of csvfile, an iterable of lines."""
    return _Reader(csvfile, dialect, **fmtparams)


def writer(fileobj, dialect=None, **fmtparams):
    """An object whose writerow and writerows write CSV lines to fileobj."""
    return _Writer(fileobj, dialect, **fmtparams)


class DictReader:
    """Reads rows as dicts keyed by fieldnames (by default the first row); extra values go to
    restkey, missing ones are restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # reads the header
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            # blank lines are skipped
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as rows in the order of fieldnames; missing keys are restval, extra keys
    raise ValueError unless extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# Quoted fields with what surrounds them, most telling first: delimiter on both sides, then at the
# start of a line, then at its end, then a quoted field alone on its line.
_QUOTED_FIELD_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


class Sniffer:
    """Guesses a sample's dialect (sniff) and whether its first row is a header (has_header)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: the quote character (the most used), the delimiter next to them (the
        most used, among `delimiters` when given), whether a space always follows it, and whether
        quotes are doubled inside fields."""
        matches = []
        for pattern in _QUOTED_FIELD_PATTERNS:
            regexp = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return '', False, None, 0
        quotes, delims, spaces = {}, {}, 0
        names = regexp.groupindex
        for m in matches:
            key = m[names['quote'] - 1]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                key = m[names['delim'] - 1]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                if m[names['space'] - 1]:
                    spaces += 1
            except KeyError:
                pass
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        doubled = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(doubled.search(data))
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """Without quoted fields: over chunks of ten lines, each ASCII character's count per line; a
        character whose most frequent count (less the lines that differ) holds on enough lines (100%,
        then down to 90%) is a candidate; one candidate wins, several go by the preferred list, then
        by the highest (count, lines)."""
        lines = [line for line in data.split('\n') if line]
        characters = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        rounds = 0
        counts = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for char in characters:
                    per_count = counts.setdefault(char, {})
                    n = line.count(char)
                    per_count[n] = per_count.get(n, 0) + 1
            for char, per_count in counts.items():
                items = list(per_count.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    mode = max(items, key=lambda item: item[1])
                    items.remove(mode)
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for char, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / total >= consistency \
                            and (delimiters is None or char in delimiters):
                        delims[char] = (count, lines_with)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, lines[0].count(delim) == lines[0].count(delim + ' ')
            start = end
            end += chunk
        if not delims:
            return '', 0
        if len(delims) > 1:
            for delim in self.preferred:
                if delim in delims:
                    return delim, lines[0].count(delim) == lines[0].count(delim + ' ')
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return delim, lines[0].count(delim) == lines[0].count(delim + ' ')

    def has_header(self, sample):
        """Votes column by column: a column whose values all parse as complex numbers, or all have
        one length, votes for a header when the first row's value does not fit, against when it does."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


# Frames that CPython runs in C leave no traceback entry: csv's readers, writers and dialect registry are _csv's, written in C; the rest is Python there too.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), exclude=('Dialect', 'excel', 'excel_tab', 'unix_dialect', 'DictReader', 'DictWriter', 'Sniffer'), module='_csv')
del _pyheap_c
