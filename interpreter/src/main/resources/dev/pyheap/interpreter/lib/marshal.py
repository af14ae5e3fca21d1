"""Values to bytes and back in CPython 3.11's marshal format (the format of .pyc files):
dumps, loads, dump, load, version.

Each value is a type byte then its data, little-endian: 'N' None, 'F'/'T' the bools, 'S'
StopIteration, '.' Ellipsis, 'i' an int of 32 bits, 'l' a larger int as 15-bit digits, 'g' a float
as 8 bytes ('f' as text before version 2), 'y'/'x' complex, 's' bytes (and other buffers), 'u'/'t'
a str in UTF-8 (interned), 'a'/'A'/'z'/'Z' an ASCII str (interned; 'z' and 'Z' with a one-byte
length), '(' and ')' tuples (')' under 256 items), '[' lists, '{' dicts (keys and values, then
'0'), '<'/'>' sets and frozensets, 'c' code objects.

From version 3, an object that may be met again gets the flag 0x80 on its type byte and a number
(the count of flagged objects before it); a later occurrence is written 'r' and that number. As in
CPython, an object is flagged only when something besides its container holds it (its reference
count is above one) or it is an interned str, so the bytes depend on the reference counts. The
counts are read with sys.getrefcount, less the references this module's own frames hold (the
argument of the writing function and, inside a container, the loop variable): the writer walks
containers so that those are always the same number.
"""

import sys as _sys
import struct as _struct
import _pyheap_marshal

version = 4

_getrefcount = _sys.getrefcount
_is_interned = _pyheap_marshal.is_interned
_CodeType = type((lambda: None).__code__)

_MAX_DEPTH = 2000
FLAG_REF = 0x80


class _Unmarshallable(Exception):
    pass


class _TooDeep(Exception):
    pass


def _localsplus(code):
    """co_localsplusnames and co_localspluskinds, from the public fields where they are not exposed."""
    names = getattr(code, 'co_localsplusnames', None)
    kinds = getattr(code, 'co_localspluskinds', None)
    if names is not None and kinds is not None:
        return names, kinds
    cells = code.co_cellvars
    varnames = code.co_varnames
    names = list(varnames)
    kinds = [0x20 | (0x40 if name in cells else 0) for name in varnames]
    for name in cells:
        if name not in varnames:
            names.append(name)
            kinds.append(0x40)
    for name in code.co_freevars:
        names.append(name)
        kinds.append(0x80)
    return tuple(names), bytes(kinds)


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.refs = {} if version >= 3 else None
        # the refs table holds each flagged object, as CPython's hashtable does (one reference)
        self.kept = []
        self.depth = 0

    def byte(self, b):
        self.out.append(b)

    def long(self, x):
        self.out += (x & 0xFFFFFFFF).to_bytes(4, 'little')

    def pstring(self, data):
        self.long(len(data))
        self.out += data

    def float_bin(self, x):
        self.out += _struct.pack('<d', x)

    def float_str(self, x):
        text = format(x, '.17g').encode('ascii')
        self.byte(len(text))
        self.out += text

    def object(self, v, extra):
        """Writes v; extra is how many references the caller holds to it beyond what CPython's
        C writer would see (its loop variable)."""
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                raise _TooDeep
            if v is None:
                self.byte(ord('N'))
            elif v is StopIteration:
                self.byte(ord('S'))
            elif v is Ellipsis:
                self.byte(ord('.'))
            elif v is False:
                self.byte(ord('F'))
            elif v is True:
                self.byte(ord('T'))
            else:
                flag = 0
                if self.refs is not None:
                    # two references are this frame's: the parameter v and getrefcount's argument
                    shared = _getrefcount(v) - 2 - extra > 1
                    if shared or (type(v) is str and _is_interned(v)):
                        key = id(v)
                        index = self.refs.get(key)
                        if index is not None:
                            self.byte(ord('r'))
                            self.long(index)
                            return
                        if len(self.refs) >= 0x7FFFFFFF:
                            raise ValueError('too many objects')
                        self.refs[key] = len(self.refs)
                        self.kept.append(v)
                        flag = FLAG_REF
                self.complex_object(v, flag)
        finally:
            self.depth -= 1

    def complex_object(self, v, flag):
        t = type(v)
        if t is int:
            if -0x80000000 <= v <= 0x7FFFFFFF:
                self.byte(ord('i') | flag)
                self.long(v)
            else:
                self.byte(ord('l') | flag)
                magnitude = -v if v < 0 else v
                digits = []
                while magnitude:
                    digits.append(magnitude & 0x7FFF)
                    magnitude >>= 15
                self.long(-len(digits) if v < 0 else len(digits))
                for d in digits:
                    self.out += d.to_bytes(2, 'little')
        elif t is float:
            if self.version > 1:
                self.byte(ord('g') | flag)
                self.float_bin(v)
            else:
                self.byte(ord('f') | flag)
                self.float_str(v)
        elif t is complex:
            if self.version > 1:
                self.byte(ord('y') | flag)
                self.float_bin(v.real)
                self.float_bin(v.imag)
            else:
                self.byte(ord('x') | flag)
                self.float_str(v.real)
                self.float_str(v.imag)
        elif t is bytes:
            self.byte(ord('s') | flag)
            self.pstring(v)
        elif t is str:
            interned = _is_interned(v)
            if self.version >= 4 and v.isascii():
                data = v.encode('ascii')
                if len(data) < 256:
                    self.byte(ord('Z' if interned else 'z') | flag)
                    self.byte(len(data))
                    self.out += data
                else:
                    self.byte(ord('A' if interned else 'a') | flag)
                    self.pstring(data)
            else:
                self.byte(ord('t' if interned and self.version >= 3 else 'u') | flag)
                self.pstring(v.encode('utf-8', 'surrogatepass'))
        elif t is tuple:
            n = len(v)
            if self.version >= 4 and n < 256:
                self.byte(ord(')') | flag)
                self.byte(n)
            else:
                self.byte(ord('(') | flag)
                self.long(n)
            for item in v:
                self.object(item, 1)
        elif t is list:
            self.byte(ord('[') | flag)
            self.long(len(v))
            for item in v:
                self.object(item, 1)
        elif t is dict:
            self.byte(ord('{') | flag)
            for key in v:
                value = v[key]
                self.object(key, 1)
                self.object(value, 1)
                del value
            self.byte(ord('0'))
        elif t is set or t is frozenset:
            self.byte(ord('<' if t is set else '>') | flag)
            self.long(len(v))
            # the items in the order of their own marshal bytes, whatever the hash order
            pairs = []
            for item in v:
                alone = _Writer(self.version)
                alone.object(item, 1)
                alone.kept.clear()
                pairs.append((bytes(alone.out), item))
                del item
            pairs.sort()
            for pair in pairs:
                self.object(pair[1], 1)
        elif t is _CodeType:
            self.byte(ord('c') | flag)
            self.long(v.co_argcount)
            self.long(v.co_posonlyargcount)
            self.long(v.co_kwonlyargcount)
            self.long(v.co_stacksize)
            self.long(v.co_flags)
            names, kinds = _localsplus(v)
            # CPython holds co_code twice here: in the code object's cache and as a local
            self.object(v.co_code, -1)
            for field in (v.co_consts, v.co_names, names, kinds, v.co_filename, v.co_name, v.co_qualname):
                self.object(field, 2)
            self.long(v.co_firstlineno)
            self.object(v.co_linetable, 0)
            self.object(v.co_exceptiontable, 0)
        elif t is bytearray or t is memoryview:
            self.byte(ord('s') | flag)
            self.pstring(bytes(v))
        else:
            raise _Unmarshallable


def dumps(value, version=version, /):
    """The bytes of value in marshal's format (ValueError for an object it cannot write)."""
    if type(version) is not int and not isinstance(version, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(version).__name__)
    writer = _Writer(version)
    limit = _sys.getrecursionlimit()
    # each level of nesting is two frames here (CPython's writer recurses in C)
    _sys.setrecursionlimit(limit + 2 * _MAX_DEPTH + 50)
    try:
        # the caller's reference to value is the one CPython's writer sees as the argument
        writer.object(value, 0)
    except _Unmarshallable:
        raise ValueError('unmarshallable object') from None
    except _TooDeep:
        raise ValueError('object too deeply nested to marshal') from None
    finally:
        writer.kept.clear()
        _sys.setrecursionlimit(limit)
    return bytes(writer.out)


def dump(value, file, version=version, /):
    """Writes dumps(value, version) to file."""
    data = dumps(value, version)
    file.write(data)


class _Reader:
    def __init__(self, data=None, file=None):
        self.data = data
        self.pos = 0
        self.file = file
        self.refs = []
        self.depth = 0

    def take(self, n):
        if self.file is not None:
            chunk = self.file.read(n)
            if chunk is None or len(chunk) < n:
                raise EOFError('marshal data too short')
            return bytes(chunk)
        end = self.pos + n
        if end > len(self.data):
            raise EOFError('marshal data too short')
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def byte(self):
        return self.take(1)[0]

    def long(self):
        return int.from_bytes(self.take(4), 'little', signed=True)

    def float_str(self):
        n = self.byte()
        return float(self.take(n).decode('ascii'))

    def ref_reserve(self, flag):
        if flag:
            self.refs.append(None)
            return len(self.refs) - 1
        return -1

    def ref_insert(self, obj, index):
        if index >= 0:
            self.refs[index] = obj
        return obj

    def ref(self, obj, flag):
        if flag:
            self.refs.append(obj)
        return obj

    def object(self):
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                raise ValueError('recursion limit exceeded')
            if self.file is not None:
                first = self.file.read(1)
                if not first:
                    raise EOFError('EOF read where object expected')
                code = first[0]
            else:
                if self.pos >= len(self.data):
                    raise EOFError('EOF read where object expected')
                code = self.data[self.pos]
                self.pos += 1
            return self.read(code & ~FLAG_REF, code & FLAG_REF)
        finally:
            self.depth -= 1

    def not_null(self, obj):
        if obj is _NULL:
            raise TypeError('NULL object in marshal data for object')
        return obj

    def read(self, t, flag):
        c = chr(t)
        if c == '0':
            return _NULL
        if c == 'N':
            return None
        if c == 'S':
            return StopIteration
        if c == '.':
            return Ellipsis
        if c == 'F':
            return False
        if c == 'T':
            return True
        if c == 'i':
            return self.ref(self.long(), flag)
        if c == 'I':
            return self.ref(int.from_bytes(self.take(8), 'little', signed=True), flag)
        if c == 'l':
            n = self.long()
            if n < -0x7FFFFFFF or n > 0x7FFFFFFF:
                raise ValueError('bad marshal data (long size out of range)')
            value = 0
            size = -n if n < 0 else n
            digit = 0
            for i in range(size):
                digit = int.from_bytes(self.take(2), 'little')
                if digit > 0x7FFF:
                    raise ValueError('bad marshal data (digit out of range in long)')
                value |= digit << (15 * i)
            if size and digit == 0:
                raise ValueError('bad marshal data (unnormalized long data)')
            return self.ref(-value if n < 0 else value, flag)
        if c == 'f':
            return self.ref(self.float_str(), flag)
        if c == 'g':
            return self.ref(_struct.unpack('<d', self.take(8))[0], flag)
        if c == 'x':
            real = self.float_str()
            return self.ref(complex(real, self.float_str()), flag)
        if c == 'y':
            real, imag = _struct.unpack('<dd', self.take(16))
            return self.ref(complex(real, imag), flag)
        if c == 's':
            n = self.size('bytes')
            return self.ref(self.take(n), flag)
        if c in 'ut':
            n = self.size('unicode')
            text = self.take(n).decode('utf-8', 'surrogatepass')
            if c == 't':
                text = _sys.intern(text)
            return self.ref(text, flag)
        if c in 'aAzZ':
            n = self.byte() if c in 'zZ' else self.size('string')
            text = self.take(n).decode('latin-1')
            if c in 'AZ':
                text = _sys.intern(text)
            return self.ref(text, flag)
        if c in '()':
            n = self.byte() if c == ')' else self.size('tuple')
            index = self.ref_reserve(flag)
            items = []
            for _ in range(n):
                item = self.object()
                if item is _NULL:
                    raise TypeError('NULL object in marshal data for tuple')
                items.append(item)
            return self.ref_insert(tuple(items), index)
        if c == '[':
            n = self.size('list')
            result = []
            self.ref(result, flag)
            for _ in range(n):
                item = self.object()
                if item is _NULL:
                    raise TypeError('NULL object in marshal data for list')
                result.append(item)
            return result
        if c == '{':
            result = {}
            self.ref(result, flag)
            while True:
                key = self.object()
                if key is _NULL:
                    break
                value = self.object()
                if value is _NULL:
                    break
                result[key] = value
            return result
        if c in '<>':
            n = self.size('set')
            if c == '<':
                result = set()
                self.ref(result, flag)
                for _ in range(n):
                    item = self.object()
                    if item is _NULL:
                        raise TypeError('NULL object in marshal data for set')
                    result.add(item)
                return result
            if n == 0 and flag:
                return self.ref(frozenset(), flag)
            index = self.ref_reserve(flag)
            items = []
            for _ in range(n):
                item = self.object()
                if item is _NULL:
                    raise TypeError('NULL object in marshal data for set')
                items.append(item)
            return self.ref_insert(frozenset(items), index)
        if c == 'c':
            index = self.ref_reserve(flag)
            counts = [self.long() for _ in range(5)]
            fields = [self.not_null(self.object()) for _ in range(8)]
            firstlineno = self.long()
            linetable = self.not_null(self.object())
            exceptiontable = self.not_null(self.object())
            code = _pyheap_marshal.code_new(*counts, *fields, firstlineno, linetable, exceptiontable)
            return self.ref_insert(code, index)
        if c == 'r':
            n = self.long()
            if n < 0 or n >= len(self.refs):
                raise ValueError('bad marshal data (invalid reference)')
            obj = self.refs[n]
            if obj is None and n < len(self.refs):
                # a reserved slot still being read: CPython finds Py_None there and refuses it
                raise ValueError('bad marshal data (invalid reference)')
            return obj
        raise ValueError('bad marshal data (unknown type code)')

    def size(self, what):
        n = self.long()
        if n < 0:
            raise ValueError('bad marshal data (%s size out of range)' % what)
        return n


class _Null:
    __slots__ = ()


_NULL = _Null()


def _bytes_of(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _read_top(reader):
    limit = _sys.getrecursionlimit()
    _sys.setrecursionlimit(limit + 2 * _MAX_DEPTH + 50)
    try:
        return reader.object()
    finally:
        _sys.setrecursionlimit(limit)


def loads(bytes, /):
    """The value whose marshal bytes begin bytes (what follows is ignored)."""
    reader = _Reader(_bytes_of(bytes))
    value = _read_top(reader)
    if value is _NULL:
        raise TypeError('NULL object in marshal data for object')
    return value


def load(file, /):
    """The value read from file in marshal's format; the file is left just after it."""
    reader = _Reader(file=file)
    value = _read_top(reader)
    if value is _NULL:
        raise TypeError('NULL object in marshal data for object')
    return value


# Frames that CPython runs in C leave no traceback entry: marshal is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
