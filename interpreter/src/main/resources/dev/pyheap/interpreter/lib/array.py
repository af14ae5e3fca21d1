"""array: sequences of one C type (typecodes b B u h H i I l L q Q f d), with CPython's value
checks and errors, and CPython's sizes: sys.getsizeof(array) is the array object (64 bytes) plus
its buffer, allocated as CPython's array_resize allocates it (exactly on creation, then
new_size + new_size // 16 + 3 (7 from 8 items on) when it must grow; kept while the array
shrinks by fewer than 16 items).

The items are kept as Python values in a list (CPython: a C buffer), so the object graph and
the allocations behind the array differ from CPython's; only the reported size is CPython's.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
             'f': 4, 'd': 8}
_BASICSIZE = 64
_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return index(v)


def _c_long(v):
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    return v


def _range(v, low, high, what):
    if v < low:
        raise OverflowError(f"{what} is less than minimum")
    if v > high:
        raise OverflowError(f"{what} is greater than maximum")
    return v


def _check(typecode, v):
    """v as the array of typecode stores it, or CPython's error for it."""
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if typecode in 'fd':
        if not isinstance(v, (int, float)):
            f = getattr(type(v), '__float__', None)
            if f is None:
                raise TypeError(f"must be real number, not {type(v).__name__}")
            v = f(v)
        v = float(v)
        if typecode == 'f':
            try:
                v = _struct.unpack('<f', _struct.pack('<f', v))[0]
            except OverflowError:
                v = float('inf') if v > 0 else float('-inf')
        return v
    v = _index(v)
    if typecode == 'b':
        _range(_c_long(v), -32768, 32767, 'signed short integer')
        return _range(v, -128, 127, 'signed char')
    if typecode == 'B':
        return _range(_c_long(v), 0, 255, 'unsigned byte integer')
    if typecode == 'h':
        return _range(_c_long(v), -32768, 32767, 'signed short integer')
    if typecode == 'H':
        _range(_c_long(v), -(1 << 31), (1 << 31) - 1, 'signed integer')
        return _range(v, 0, 65535, 'unsigned short')
    if typecode == 'i':
        return _range(_c_long(v), -(1 << 31), (1 << 31) - 1, 'signed integer')
    if typecode in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if typecode == 'I' and v > (1 << 32) - 1:
            raise OverflowError("unsigned int is greater than maximum")
        return v
    if typecode == 'l':
        return _c_long(v)
    if typecode == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError("int too big to convert")
        return v
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError("int too big to convert")
    return v


class array:
    """array(typecode[, initializer]): a sequence of one C type."""

    __slots__ = ('_typecode', '_items', '_allocated', '__weakref__')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not " + type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        self._allocated = 0
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._set_items(list(initializer), exact=True)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u' or typecode == 'u' and initializer._typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self._set_items([_check(typecode, v) for v in initializer._items], exact=True)
        elif isinstance(initializer, (list, tuple)):
            self._set_items([_check(typecode, v) for v in initializer], exact=True)
        else:
            self.extend(initializer)

    # the buffer's allocation, as array_resize

    def _set_items(self, items, exact=False):
        self._resize(len(items), exact)
        self._items = items

    def _resize(self, newsize, exact=False):
        if exact:
            self._allocated = newsize
            return
        if self._allocated >= newsize and len(self._items) < newsize + 16 and self._allocated:
            return
        if newsize == 0:
            self._allocated = 0
            return
        self._allocated = (newsize >> 4) + (3 if len(self._items) < 8 else 7) + newsize

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def __sizeof__(self):
        return _BASICSIZE + self._allocated * _ITEMSIZE[self._typecode]

    def buffer_info(self):
        return (id(self._items), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._set_items(self._items[index], exact=True)
            return result
        try:
            return self._items[_index(index)]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f"can only assign array (not \"{type(value).__name__}\") to array slice")
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            items = list(self._items)
            items[index] = value._items
            self._change(items)
            return
        v = _check(self._typecode, value)
        try:
            self._items[_index(index)] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        items = list(self._items)
        try:
            del items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        self._change(items)

    def _change(self, items):
        self._resize(len(items))
        self._items = items

    def append(self, v):
        """Adds v at the end."""
        v = _check(self._typecode, v)
        self._resize(len(self._items) + 1)
        self._items.append(v)

    def extend(self, iterable):
        """Adds the items of an array of the same typecode or of an iterable."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._change(self._items + iterable._items)
        else:
            for v in iterable:
                self.append(v)

    def insert(self, i, v):
        v = _check(self._typecode, v)
        items = list(self._items)
        items.insert(i, v)
        self._change(items)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        items = list(self._items)
        try:
            v = items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None
        self._change(items)
        return v

    def remove(self, v):
        try:
            i = self._items.index(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None
        self.pop(i)

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self._allocated = 0
        self.frombytes(swapped)

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        self._change(self._items + [_check(self._typecode, v) for v in values])

    def tobytes(self):
        if self._typecode == 'u':
            return b''.join(ord(c).to_bytes(4, 'little') for c in self._items)
        return _struct.pack('<%d%s' % (len(self._items), self._typecode), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(data) // size
        if self._typecode == 'u':
            values = [chr(int.from_bytes(data[i:i + 4], 'little')) for i in range(0, len(data), 4)]
        else:
            values = list(_struct.unpack('<%d%s' % (n, self._typecode), data))
        self._change(self._items + values)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        self._change(self._items + list(s))

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == 'u':
            return f"array('u', {self.tounicode()!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def _other(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        items = self._other(other)
        return NotImplemented if items is None else self._items == items

    def __ne__(self, other):
        items = self._other(other)
        return NotImplemented if items is None else self._items != items

    def __lt__(self, other):
        items = self._other(other)
        return NotImplemented if items is None else self._items < items

    def __le__(self, other):
        items = self._other(other)
        return NotImplemented if items is None else self._items <= items

    def __gt__(self, other):
        items = self._other(other)
        return NotImplemented if items is None else self._items > items

    def __ge__(self, other):
        items = self._other(other)
        return NotImplemented if items is None else self._items >= items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f"can only append array (not \"{type(other).__name__}\") to array")
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        result = array(self._typecode)
        result._set_items(self._items + other._items, exact=True)
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f"can only extend array with array (not \"{type(other).__name__}\")")
        self.extend(other)
        return self

    def __mul__(self, n):
        result = array(self._typecode)
        result._set_items(self._items * _index(n), exact=True)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._change(self._items * _index(n))
        return self

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))


ArrayType = array
