"""JSON decoding: JSONDecoder and JSONDecodeError."""

from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A ValueError saying where a JSON document is malformed: msg (the message alone), doc,
    pos (an index in doc), lineno and colno (1-based)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


def _skip_whitespace(s, idx):
    return scanner._skip(s, idx, len(s))


scanstring = scanner.scanstring


class JSONDecoder(object):
    """Decodes JSON text: objects to dicts (or what object_hook / object_pairs_hook make of them),
    arrays to lists, strings to str, numbers to int or float (or what parse_int / parse_float make
    of their text), true/false/null to True/False/None, and NaN, Infinity and -Infinity to floats
    (or what parse_constant makes of them). With strict=False, control characters may appear in
    strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """The Python value of the JSON document s (a str); JSONDecodeError if s holds anything
        else than one document and whitespace."""
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes the JSON document starting at s[idx]; returns (value, index after it)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
