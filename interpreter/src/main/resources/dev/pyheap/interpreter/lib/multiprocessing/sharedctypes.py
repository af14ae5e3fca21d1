"""Values and arrays in shared memory: RawValue, RawArray, Value, Array.

The memory is a file in this process's private temporary folder mapped with mmap (MAP_SHARED):
a child maps the same file when it unpickles the object, so a write in one process is read in the
others. Items are packed with struct in the C type's native layout. Value and Array come wrapped
with a lock (an RLock unless one is given), as CPython's Synchronized wrappers."""

import mmap
import os
import struct

from . import _hub

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': 'c_char', 'u': 'c_wchar',
    'b': 'c_byte', 'B': 'c_ubyte',
    'h': 'c_short', 'H': 'c_ushort',
    'i': 'c_int', 'I': 'c_uint',
    'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_longlong', 'Q': 'c_ulonglong',
    'f': 'c_float', 'd': 'c_double',
}
_struct_code = {'u': 'I', '?': '?'}
_counter = [0]


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str):
        if typecode_or_type not in typecode_to_type:
            raise TypeError("unknown typecode %r" % (typecode_or_type,))
        return typecode_or_type
    code = getattr(typecode_or_type, '_type_', None)
    if isinstance(code, str) and len(code) == 1:
        return code
    raise TypeError("expected a typecode or a simple ctypes type, not %r" % (typecode_or_type,))


class _Memory:
    """size bytes of a shared file mapping."""

    def __init__(self, size):
        _counter[0] += 1
        self.path = os.path.join(_hub.temp_dir(), 'shm-%d' % _counter[0])
        self.size = max(size, 1)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.ftruncate(fd, self.size)
            self.map = mmap.mmap(fd, self.size)
        finally:
            os.close(fd)

    def __reduce__(self):
        return _Memory._attach, (self.path, self.size)

    @staticmethod
    def _attach(path, size):
        self = _Memory.__new__(_Memory)
        self.path = path
        self.size = size
        fd = os.open(path, os.O_RDWR)
        try:
            self.map = mmap.mmap(fd, size)
        finally:
            os.close(fd)
        return self


class _Item:
    """Reading and writing items of one C type at offsets of a _Memory."""

    def __init__(self, code):
        self.code = code
        self.struct = struct.Struct(_struct_code.get(code, code))
        self.size = self.struct.size

    def get(self, memory, index):
        offset = index * self.size
        value, = self.struct.unpack(memory.map[offset:offset + self.size])
        if self.code == 'u':
            return chr(value)
        return value

    def pack(self, value):
        if self.code == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("one character unicode string expected")
            value = ord(value)
        elif self.code == 'c':
            if isinstance(value, int) and 0 <= value < 256:
                value = bytes([value])
            elif not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                raise TypeError("one character bytes, bytearray or integer expected")
        elif self.code in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError("must be real number, not %s" % type(value).__name__)
        elif not isinstance(value, int):
            raise TypeError("int expected instead of %s" % type(value).__name__)
        else:
            bits = self.size * 8
            value &= (1 << bits) - 1
            if self.code.islower() and value >= 1 << (bits - 1):
                value -= 1 << bits
        return self.struct.pack(value)

    def set(self, memory, index, value):
        offset = index * self.size
        memory.map[offset:offset + self.size] = self.pack(value)


def _value_repr(code, value):
    return '%s(%r)' % (typecode_to_type[code], value)


class SharedValue:
    """One C value in shared memory (what RawValue returns): .value."""

    def __init__(self, code, memory=None):
        self._item = _Item(code)
        self._memory = memory if memory is not None else _Memory(self._item.size)

    def __reduce__(self):
        return SharedValue, (self._item.code, self._memory)

    @property
    def value(self):
        return self._item.get(self._memory, 0)

    @value.setter
    def value(self, value):
        self._item.set(self._memory, 0, value)

    def __repr__(self):
        return _value_repr(self._item.code, self.value)


class SharedArray:
    """A C array in shared memory (what RawArray returns): indexing, slices, len; .value and .raw for chars."""

    def __init__(self, code, length, memory=None):
        self._item = _Item(code)
        self._length = length
        self._memory = memory if memory is not None else _Memory(self._item.size * length)

    def __reduce__(self):
        return SharedArray, (self._item.code, self._length, self._memory)

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._item.get(self._memory, k) for k in range(*i.indices(self._length))]
            if self._item.code == 'c':
                return b''.join(items)
            if self._item.code == 'u':
                return ''.join(items)
            return items
        return self._item.get(self._memory, self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indices = range(*i.indices(self._length))
            values = list(value)
            if self._item.code == 'c' and isinstance(value, (bytes, bytearray)):
                values = [bytes([b]) for b in value]
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(indices, values):
                self._item.set(self._memory, k, v)
            return
        self._item.set(self._memory, self._index(i), value)

    @property
    def value(self):
        if self._item.code not in 'cu':
            raise AttributeError("'%s_Array_%d' object has no attribute 'value'"
                                 % (typecode_to_type[self._item.code], self._length))
        data = self[:]
        end = data.find(b'\0' if self._item.code == 'c' else '\0')
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, value):
        if self._item.code not in 'cu':
            raise AttributeError("'%s_Array_%d' object has no attribute 'value'"
                                 % (typecode_to_type[self._item.code], self._length))
        if len(value) > self._length:
            raise ValueError("byte string too long" if self._item.code == 'c' else "string too long")
        self[:len(value)] = value
        if len(value) < self._length:
            self[len(value)] = b'\0' if self._item.code == 'c' else '\0'

    @property
    def raw(self):
        if self._item.code != 'c':
            raise AttributeError("'%s_Array_%d' object has no attribute 'raw'"
                                 % (typecode_to_type[self._item.code], self._length))
        return self[:]

    @raw.setter
    def raw(self, value):
        if len(value) > self._length:
            raise ValueError("byte string too long")
        self[:len(value)] = value

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (
            typecode_to_type[self._item.code], self._length, id(self))


def RawValue(typecode_or_type, *args):
    """A C value in shared memory (initial value args[0], else zero), without a lock."""
    code = _typecode(typecode_or_type)
    obj = SharedValue(code)
    if args:
        if len(args) > 1:
            raise TypeError("too many initializers")
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """A C array in shared memory (size zeroed items, or a copy of a sequence), without a lock."""
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return SharedArray(code, size_or_initializer)
    values = list(size_or_initializer)
    if code == 'c' and isinstance(size_or_initializer, (bytes, bytearray)):
        values = [bytes([b]) for b in size_or_initializer]
    obj = SharedArray(code, len(values))
    obj[:] = values
    return obj


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A C value in shared memory behind a lock (an RLock, or the lock given; none with lock=False)."""
    return _guarded(RawValue(typecode_or_type, *args), lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A C array in shared memory behind a lock (an RLock, or the lock given; none with lock=False)."""
    return _guarded(RawArray(typecode_or_type, size_or_initializer), lock)


def _guarded(obj, lock):
    if lock is False:
        return obj
    if lock in (True, None):
        from .synchronize import RLock
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock)


def copy(obj):
    """A new shared object holding obj's current value(s)."""
    if isinstance(obj, SharedArray):
        return RawArray(obj._item.code, obj[:])
    return RawValue(obj._item.code, obj.value)


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped with a lock: every access takes it."""
    if lock is None:
        from .synchronize import RLock
        lock = RLock()
    if isinstance(obj, SharedArray):
        if obj._item.code == 'c':
            return SynchronizedString(obj, lock)
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


def _locked(name):
    """A property reading and writing the wrapped object's attribute under the lock."""
    def get(self):
        with self._lock:
            return getattr(self._obj, name)

    def set(self, value):
        with self._lock:
            setattr(self._obj, name, value)
    return property(get, set)


class Synchronized(SynchronizedBase):
    value = _locked('value')


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value


class SynchronizedString(SynchronizedArray):
    value = _locked('value')
    raw = _locked('raw')
