"""The C data types of ctypes (Modules/_ctypes/_ctypes.c, cfield.c and stgdict.c): the metaclasses
that lay a class out (PyCSimpleType, PyCStructType, UnionType, PyCArrayType, PyCPointerType), the
bases Structure, Union, Array, _Pointer and _SimpleCData, field descriptors (CField), and the
functions over instances (sizeof, alignment, addressof, byref, pointer, POINTER, resize).

An instance is a _pyheap_ctypes._CData: CPython's CDataObject, whose b_ptr is its memory (inside
the object up to 16 bytes, else a PyMem block), or memory it views (from_address, a field of a
structure, an item of an array, a pointer's contents; b_base then keeps the owner alive).
A class's layout is kept in attributes the metaclass sets (_stg_size_, _stg_align_,
_stg_length_; CPython keeps them in the class's StgDict): 'abstract class' is a class without.

Values cross memory through cfield.c's format codes (b B h H i I l L q Q ? c u f d g P z Z O), read
and written by _pyheap_ctypes._get/_set, which refuse an address outside the heap's memory with
ValueError naming it: CPython would crash there (see _pyheap_ctypes).

What the pointers stored in an instance need alive is kept as CPython's KeepRef does: in the
b_objects of the outermost instance (_objects), an object for a simple instance, else a dict keyed
by the field's index path ('1', '0:2', ...).
"""

import sys as _sys
from _pyheap_ctypes import (_CData, addressof, resize, _size, _base, _needsfree, _objects as _b_objects,
                            _set_objects, _view, _index, _get, _set, _read, _wread, _write, _memmove, _memset,
                            _buffer, _bytes_address)

__all__ = ['ArgumentError', 'Structure', 'Union', 'Array', '_Pointer', '_SimpleCData', 'CField', 'POINTER',
           'pointer', 'sizeof', 'alignment', 'addressof', 'byref', 'resize', '_pointer_type_cache']

FUNCFLAG_CDECL = 1
FUNCFLAG_PYTHONAPI = 4
FUNCFLAG_USE_ERRNO = 8
FUNCFLAG_USE_LASTERROR = 16
RTLD_LOCAL = 0
RTLD_GLOBAL = 256


class ArgumentError(Exception):
    pass


ArgumentError.__module__ = 'ctypes'

# cfield.c's format codes on x86-64 Linux: size, alignment
_FORMATS = {'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2), 'i': (4, 4),
            'I': (4, 4), 'l': (8, 8), 'L': (8, 8), 'q': (8, 8), 'Q': (8, 8), 'f': (4, 4), 'd': (8, 8),
            'g': (16, 16), 'u': (4, 4), 'z': (8, 8), 'Z': (8, 8), 'P': (8, 8), 'O': (8, 8)}
_TYPE_CODES = "cbBhHiIlLdfuzZqQPXOv?g"
_INTEGER_CODES = "bBhHiIlLqQ?"

_pointer_type_cache = {}
_array_type_cache = {}


def _caller_module():
    """The __name__ of the first frame outside the ctypes modules: where CPython's C code would
    find the module of a class it makes (c_int_Array_4, LP_c_int)."""
    f = _sys._getframe(1)
    while f is not None:
        name = f.f_globals.get('__name__')
        if name != '_ctypes':
            return name
        f = f.f_back
    return 'ctypes'


def _stg_size(t):
    try:
        return type.__getattribute__(t, '_stg_size_')
    except AttributeError:
        return None


def _as_int(v):
    if isinstance(v, int):
        return v
    m = getattr(type(v), '__index__', None)
    if m is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return m(v)


def _convert(code, value):
    """setfunc's argument check: (what _set stores, what must be kept alive or None)."""
    if code in 'bBhHiIlLqQ':
        return _as_int(value), None
    if code == '?':
        return value, None
    if code in 'fdg':
        if isinstance(value, float):
            return value, None
        if isinstance(value, int) or hasattr(type(value), '__float__') or hasattr(type(value), '__index__'):
            return float(value), None
        raise TypeError("must be real number, not %s" % type(value).__name__)
    if code == 'c':
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return value[0], None
        if isinstance(value, int) and 0 <= value < 256:
            return value, None
        raise TypeError("one character bytes, bytearray or integer expected")
    if code == 'u':
        if not isinstance(value, str):
            raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
        if len(value) != 1:
            raise TypeError("one character unicode string expected")
        return ord(value), None
    if code == 'P':
        if value is None:
            return 0, None
        if isinstance(value, int):
            return value, None
        raise TypeError("cannot be converted to pointer")
    if code == 'z':
        if value is None:
            return 0, None
        if isinstance(value, bytes):
            return _bytes_address(value), value
        if isinstance(value, int):
            return value, None
        raise TypeError("bytes or integer address expected instead of %s instance" % type(value).__name__)
    if code == 'Z':
        if value is None:
            return 0, None
        if isinstance(value, str):
            buf = (_simple_type('u') * (len(value) + 1))()
            buf.value = value
            return addressof(buf), buf
        if isinstance(value, int):
            return value, None
        raise TypeError("unicode string or integer address expected instead of %s instance" % type(value).__name__)
    if code == 'O':
        return value, value
    raise TypeError("no setter for format %r" % code)


_simple_types = {}


def _simple_type(code):
    return _simple_types[code]


# ---------------------------------------------------------------- keeping objects alive

def _container(target):
    """PyCData_GetContainer: the outermost instance, its b_objects made (a dict when it has items)."""
    root = target
    while _base(root) is not None:
        root = _base(root)
    if _b_objects(root) is None and getattr(type(root), '_stg_length_', 0):
        _set_objects(root, {})
    return root


def _keep(target, index, keep):
    """KeepRef: keep alive what field `index` of target points to."""
    if keep is None:
        return
    root = _container(target)
    objects = _b_objects(root)
    if type(objects) is not dict:
        _set_objects(root, keep)
        return
    key = '%x' % (index & 0xffffffff)
    t = target
    while _base(t) is not None:
        key += ':%x' % _index(t)
        t = _base(t)
    objects[key] = keep


def _keeped(value):
    """GetKeepedObjects: what an instance's outermost owner keeps alive."""
    return _b_objects(_container(value))


# ---------------------------------------------------------------- making instances

def _new(cls):
    if _stg_size(cls) is None:
        raise TypeError("abstract class")
    _finalize(cls)
    return _CData.__new__(cls)


def _at(cls, address, base, index):
    """PyCData_AtAddress / PyCData_FromBaseObj: an instance of cls over memory it does not own."""
    obj = _new(cls)
    _view(obj, address, base, index)
    return obj


def _finalize(cls):
    if '_stg_final_' not in cls.__dict__:
        type.__setattr__(cls, '_stg_final_', True)


def _is_simple_value(t):
    """Whether reading a t gives a Python value (t derives directly from _SimpleCData) rather than an instance."""
    return isinstance(t, PyCSimpleType) and t.__bases__[0] is _SimpleCData


def _load(t, address, base, index):
    """The value of a t at address, as a field or an item gives it (cfield.c's getfunc or an instance)."""
    if _is_simple_value(t):
        return _get(address, t._type_)
    return _at(t, address, base, index)


def _store(t, address, value, target, index):
    """Writes value as a t at address (a field or an item of target), keeping what it needs alive."""
    if _is_simple_value(t):
        raw, keep = _convert(t._type_, value)
        _set(address, t._type_, raw)
        _keep(target, index, keep)
        return
    if isinstance(value, t):
        _memmove(address, addressof(value), _stg_size(t))
        _keep(target, index, _keeped(value))
        return
    if isinstance(t, PyCPointerType) and isinstance(value, Array) and value._type_ is t._type_:
        _set(address, 'P', addressof(value))
        _keep(target, index, value)
        return
    if isinstance(t, PyCPointerType) and value is None:
        _set(address, 'P', 0)
        return
    if isinstance(value, tuple) and isinstance(t, (PyCStructType, UnionType, PyCArrayType)):
        converted = t(*value)
        _memmove(address, addressof(converted), _stg_size(t))
        _keep(target, index, _keeped(converted))
        return
    if isinstance(t, PyCPointerType):
        raise TypeError("expected %s instead of %s" % (t.__name__, type(value).__name__))
    raise TypeError("incompatible types, %s instance instead of %s instance" % (type(value).__name__, t.__name__))


# ---------------------------------------------------------------- the metaclasses

class _CDataType(type):
    """What every ctypes metaclass has (CPython's CDataType methods)."""

    def from_address(cls, address):
        if not isinstance(address, int):
            raise TypeError("integer expected")
        return _at(cls, address, None, 0)

    def from_buffer(cls, obj, offset=0):
        size = _stg_size(cls)
        if size is None:
            raise TypeError("abstract class")
        view = memoryview(obj)
        if view.readonly:
            raise TypeError("underlying buffer is not writable")
        if not view.c_contiguous:
            raise TypeError("underlying buffer is not C contiguous")
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if size > view.nbytes - offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (view.nbytes, size + offset))
        address = _buffer(view)[0]
        result = _at(cls, address + offset, None, 0)
        _keep(result, -1, view)
        return result

    def from_buffer_copy(cls, data, offset=0):
        size = _stg_size(cls)
        if size is None:
            raise TypeError("abstract class")
        _buffer(data)  # PyObject_GetBuffer's TypeError, not memoryview's
        view = memoryview(data)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if size > view.nbytes - offset:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)" % (view.nbytes, size + offset))
        result = _new(cls)
        _write(addressof(result), view.tobytes()[offset:offset + size])
        return result

    def in_dll(cls, dll, name):
        raise NotImplementedError("in_dll: this heap loads no shared libraries")

    def __mul__(cls, length):
        return _array_type(cls, length)

    def __rmul__(cls, length):
        return _array_type(cls, length)


class PyCSimpleType(_CDataType):
    def __new__(mcls, name, bases, namespace, **kw):
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        if bases == (_CData,):
            return cls
        code = getattr(cls, '_type_', None)
        if code is None:
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1 or code not in _FORMATS:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                             "a single character string containing one of '%s'." % _TYPE_CODES)
        size, align = _FORMATS[code]
        type.__setattr__(cls, '_stg_size_', size)
        type.__setattr__(cls, '_stg_align_', align)
        type.__setattr__(cls, '_stg_length_', 0)
        return cls

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        code = cls._type_
        if code in 'zZP':
            return _pointer_from_param(cls, code, value)
        try:
            return cls(value)
        except (TypeError, ValueError):
            pass
        as_parameter = getattr(value, '_as_parameter_', None)
        if as_parameter is not None:
            return cls.from_param(as_parameter)
        raise TypeError("wrong type")


def _pointer_from_param(cls, code, value):
    """c_char_p, c_wchar_p and c_void_p's from_param: what may stand for such a pointer."""
    if value is None:
        return None
    if isinstance(value, int) and code == 'P':
        return cls(value)
    if isinstance(value, int) and code in 'zZ':
        return cls(value)
    if isinstance(value, bytes) and code in 'zP':
        return _simple_types['z'](value)
    if isinstance(value, str) and code in 'ZP':
        return _simple_types['Z'](value)
    if isinstance(value, CArgObject):
        item = type(value._obj)
        if code == 'P' or (isinstance(item, PyCArrayType) and item._type_ is _simple_types.get('c' if code == 'z' else 'u')):
            return value
    if isinstance(value, (Array, _Pointer)):
        item = type(value)._type_
        if code == 'P' or item is _simple_types.get('c' if code == 'z' else 'u'):
            return value
    if isinstance(value, _SimpleCData) and type(value)._type_ in ('zZP' if code == 'P' else code):
        return value
    if code == 'P' and isinstance(value, CFuncPtr):
        return value
    as_parameter = getattr(value, '_as_parameter_', None)
    if as_parameter is not None:
        return cls.from_param(as_parameter)
    raise TypeError("wrong type")


class CField:
    """A field of a structure or union: where it is (offset, and for a bit field the bit offset and
    width packed into size as bits << 16 | bit offset) and how to read and write it."""
    __slots__ = ('_name', '_type', 'offset', 'size', '_index', '_anonymous')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_ctypes.CField' instances")

    @classmethod
    def _make(cls, name, ftype, offset, size, index, anonymous=False):
        self = object.__new__(cls)
        self._name = name
        self._type = ftype
        self.offset = offset
        self.size = size
        self._index = index
        self._anonymous = anonymous
        return self

    def __repr__(self):
        bits = self.size >> 16
        if bits:
            return "<Field type=%s, ofs=%d:%d, bits=%d>" % (self._type.__name__, self.offset, self.size & 0xffff, bits)
        return "<Field type=%s, ofs=%d, size=%d>" % (self._type.__name__, self.offset, self.size)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        address = addressof(obj) + self.offset
        t = self._type
        bits = self.size >> 16
        if bits:
            if t._type_ == '?':
                return _get(address, '?')
            return _bitfield(_get(address, t._type_.upper()), _FORMATS[t._type_][0] * 8, t._type_ in 'bhilq',
                             self.size & 0xffff, bits)
        if isinstance(t, PyCArrayType) and t._type_ in (_simple_types.get('c'), _simple_types.get('u')):
            if t._type_ is _simple_types['c']:
                data = _read(address, t._length_)
                end = data.find(b'\0')
                return data if end < 0 else data[:end]
            text = _wread(address, t._length_)
            end = text.find('\0')
            return text if end < 0 else text[:end]
        return _load(t, address, obj, self._index)

    def __set__(self, obj, value):
        if obj is None:
            raise TypeError("not a ctype instance")
        address = addressof(obj) + self.offset
        t = self._type
        bits = self.size >> 16
        if bits:
            if t._type_ == '?':
                _set(address, '?', value)
                return
            shift = self.size & 0xffff
            mask = ((1 << bits) - 1) << shift
            raw = _get(address, t._type_.upper())
            _set(address, t._type_, (raw & ~mask) | ((_as_int(value) << shift) & mask))
            return
        if isinstance(t, PyCArrayType) and t._type_ is _simple_types.get('c') and isinstance(value, bytes):
            if len(value) > t._length_:
                raise ValueError("bytes too long (%d, maximum length %d)" % (len(value), t._length_))
            _write(address, value + (b'\0' if len(value) < t._length_ else b''))
            return
        if isinstance(t, PyCArrayType) and t._type_ is _simple_types.get('u') and isinstance(value, str):
            if len(value) > t._length_:
                raise ValueError("string too long (%d, maximum length %d)" % (len(value), t._length_))
            for i, ch in enumerate(value + ('\0' if len(value) < t._length_ else '')):
                _set(address + 4 * i, 'u', ord(ch))
            return
        _store(t, address, value, obj, self._index)

    def __delete__(self, obj):
        raise TypeError("can't delete attribute")


CField.__module__ = '_ctypes'


def _bitfield(raw, width, signed, low, bits):
    """cfield.c's GET_BITFIELD on a value of `width` bits: shifted left then right in the C type, as
    x86-64 runs it (char and short promoted to int, a shift count taken modulo the register's
    width), so that 3.11's layouts whose bits pass the end of their type read as CPython reads them."""
    register = 64 if width == 64 else 32

    def wrap(v, w):
        v &= (1 << w) - 1
        return v - (1 << w) if signed and v >> (w - 1) else v

    v = wrap(raw, width)
    v = wrap(wrap(v << ((width - low - bits) % register), register), width)
    return wrap(v >> ((width - bits) % register), width)


def _fields_of(cls):
    """The names of cls's fields in order, its bases' first (Struct_init's order)."""
    names = []
    for k in reversed(cls.__mro__):
        names.extend(k.__dict__.get('_stg_names_', ()))
    return names


class PyCStructType(_CDataType):
    _is_union = False

    def __new__(mcls, name, bases, namespace, **kw):
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        if bases == (_CData,):
            return cls
        if '_fields_' in namespace:
            _layout(cls, namespace['_fields_'])
        elif _stg_size(cls) is None:
            # no fields yet: an empty structure, which _fields_ may still give fields
            type.__setattr__(cls, '_stg_size_', 0)
            type.__setattr__(cls, '_stg_align_', 1)
            type.__setattr__(cls, '_stg_length_', 0)
        return cls

    def __setattr__(cls, name, value):
        if name == '_fields_':
            # as CPython's: the attribute is set before the layout refuses a final class
            type.__setattr__(cls, name, value)
            _layout(cls, value)
            return
        type.__setattr__(cls, name, value)


class UnionType(PyCStructType):
    _is_union = True


def _layout(cls, fields):
    """PyCStructUnionType_update_stgdict: each field's offset and the class's size and alignment,
    as CPython 3.11 lays them out (its gcc-style bit fields included)."""
    union = type(cls)._is_union
    if '_stg_final_' in cls.__dict__:
        raise AttributeError("_fields_ is final")
    pack = cls.__dict__.get('_pack_', 0)
    if '_pack_' in cls.__dict__ and (not isinstance(pack, int) or pack < 0):
        raise ValueError("_pack_ must be a non-negative integer")
    try:
        fields = list(fields)
    except TypeError:
        raise TypeError("_fields_ must be a sequence of pairs") from None
    base = cls.__bases__[0]
    if base not in (Structure, Union) and _stg_size(base) is not None:
        size = offset = _stg_size(base)
        total_align = base._stg_align_
        _finalize(base)
    else:
        size = offset = 0
        total_align = 1
    union_size = 0
    field_size = bitofs = 0
    names = []
    for i, item in enumerate(fields):
        if not isinstance(item, tuple) or len(item) not in (2, 3) or not isinstance(item[0], str):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        fname, ftype = item[0], item[1]
        fsize = _stg_size(ftype) if isinstance(ftype, type) else None
        if fsize is None or not issubclass(ftype, _CData):
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % i)
        _finalize(ftype)
        falign = ftype._stg_align_
        bitsize = 0
        if len(item) == 3:
            code = getattr(ftype, '_type_', None)
            if not (isinstance(ftype, PyCSimpleType) and isinstance(code, str) and code in _INTEGER_CODES):
                raise TypeError("bit fields not allowed for type %s" % ftype.__name__)
            bitsize = item[2]
            if not isinstance(bitsize, int) or bitsize <= 0 or bitsize > fsize * 8:
                raise ValueError("number of bits invalid for bit field")
        if union:
            size = offset = 0
            field_size = bitofs = 0
        align = min(pack, falign) if pack else falign
        if bitsize and field_size and fsize * 8 <= field_size and bitofs + bitsize <= field_size:
            kind = 'continue'
        elif bitsize and field_size and fsize * 8 >= field_size and bitofs + bitsize <= fsize * 8:
            kind = 'expand'
        elif bitsize:
            kind = 'new'
        else:
            kind = 'plain'
        if kind in ('new', 'plain'):
            if kind == 'new':
                fieldsize = (bitsize << 16) | 0
                bitofs = bitsize
                field_size = fsize * 8
            else:
                fieldsize = fsize
                bitofs = field_size = 0
            if align and offset % align:
                delta = align - offset % align
                size += delta
                offset += delta
            size += fsize
            foffset = offset
            offset += fsize
        elif kind == 'expand':
            grow = fsize - field_size // 8
            offset += grow
            size += grow
            field_size = fsize * 8
            fieldsize = (bitsize << 16) | bitofs
            foffset = offset - fsize
            bitofs += bitsize
        else:
            fieldsize = (bitsize << 16) | bitofs
            foffset = offset - fsize
            bitofs += bitsize
        if union:
            union_size = max(union_size, size)
        total_align = max(total_align, align)
        type.__setattr__(cls, fname, CField._make(fname, ftype, foffset, fieldsize, i))
        names.append(fname)
    if union:
        size = union_size
    size = (size + total_align - 1) // total_align * total_align
    type.__setattr__(cls, '_stg_size_', size)
    type.__setattr__(cls, '_stg_align_', total_align)
    type.__setattr__(cls, '_stg_length_', len(fields) + (base._stg_length_ if _stg_size(base) is not None
                                                        and base not in (Structure, Union) else 0))
    type.__setattr__(cls, '_stg_names_', tuple(names))
    anonymous = cls.__dict__.get('_anonymous_')
    if anonymous is not None:
        for name in anonymous:
            descr = getattr(cls, name)
            if not isinstance(descr, CField):
                raise TypeError("'%s' is specified in _anonymous_ but not in _fields_" % name)
            _anonymous_fields(cls, descr, descr.offset)
    _finalize(cls)


def _anonymous_fields(cls, descr, offset):
    """MakeAnonFields: the fields of an anonymous member appear as fields of cls."""
    t = descr._type
    if not isinstance(t, PyCStructType):
        raise TypeError("_anonymous_ field must be a structure or union")
    descr._anonymous = True
    for name in _fields_of(t):
        inner = getattr(t, name)
        moved = CField._make(name, inner._type, offset + inner.offset, inner.size, descr._index, inner._anonymous)
        if name not in cls.__dict__:
            type.__setattr__(cls, name, moved)


class PyCArrayType(_CDataType):
    def __new__(mcls, name, bases, namespace, **kw):
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        if bases == (_CData,):
            return cls
        length = getattr(cls, '_length_', None)
        if length is None:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        item = getattr(cls, '_type_', None)
        if item is None:
            raise AttributeError("class must define a '_type_' attribute")
        if _stg_size(item) is None:
            raise TypeError("_type_ must have storage info")
        _finalize(item)
        type.__setattr__(cls, '_stg_size_', _stg_size(item) * length)
        type.__setattr__(cls, '_stg_align_', item._stg_align_)
        type.__setattr__(cls, '_stg_length_', length)
        if item is _simple_types.get('c'):
            type.__setattr__(cls, 'value', property(_char_value, _set_char_value))
            type.__setattr__(cls, 'raw', property(_char_raw, _set_char_raw))
        elif item is _simple_types.get('u'):
            type.__setattr__(cls, 'value', property(_wchar_value, _set_wchar_value))
        return cls


def _char_value(self):
    data = _read(addressof(self), self._length_)
    end = data.find(b'\0')
    return data if end < 0 else data[:end]


def _set_char_value(self, value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
    if len(value) > self._length_:
        raise ValueError("byte string too long")
    _write(addressof(self), value + (b'\0' if len(value) < self._length_ else b''))


def _char_raw(self):
    return _read(addressof(self), self._length_)


def _set_char_raw(self, value):
    data = memoryview(value).tobytes()
    if len(data) > self._length_:
        raise ValueError("byte string too long")
    _write(addressof(self), data)


def _wchar_value(self):
    text = _wread(addressof(self), self._length_)
    end = text.find('\0')
    return text if end < 0 else text[:end]


def _set_wchar_value(self, value):
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
    if len(value) > self._length_:
        raise ValueError("string too long")
    for i, ch in enumerate(value + ('\0' if len(value) < self._length_ else '')):
        _set(addressof(self) + 4 * i, 'u', ord(ch))


def _array_type(item, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (item, length)
    cached = _array_type_cache.get(key)
    if cached is not None:
        return cached
    if _stg_size(item) is None:
        raise TypeError("_type_ must have storage info")
    cls = PyCArrayType('%s_Array_%d' % (item.__name__, length), (Array,),
                       {'_length_': length, '_type_': item, '__module__': _caller_module()})
    _array_type_cache[key] = cls
    return cls


class PyCPointerType(_CDataType):
    def __new__(mcls, name, bases, namespace, **kw):
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        if bases == (_CData,):
            return cls
        type.__setattr__(cls, '_stg_size_', 8)
        type.__setattr__(cls, '_stg_align_', 8)
        type.__setattr__(cls, '_stg_length_', 1)
        item = namespace.get('_type_')
        if item is not None and _stg_size(item) is None:
            raise TypeError("_type_ must have storage info")
        return cls

    def set_type(cls, item):
        if _stg_size(item) is None:
            raise TypeError("_type_ must have storage info")
        type.__setattr__(cls, '_type_', item)

    def from_param(cls, value):
        if value is None or isinstance(value, cls):
            return value
        target = cls.__dict__.get('_type_')
        if isinstance(value, Array) and type(value)._type_ is target:
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, target):
            return value
        if isinstance(value, _Pointer) and target is not None and issubclass(type(value)._type_, target):
            return value
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


# ---------------------------------------------------------------- the bases

def _unhashable(self):
    raise TypeError("unhashable type")


def _cdata_objects(self):
    return _b_objects(self)


def _cdata_base(self):
    return _base(self)


def _cdata_needsfree(self):
    return _needsfree(self)


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    __slots__ = ()
    __hash__ = _unhashable

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("__init__ expected at most 1 argument, got %d" % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _get(addressof(self), type(self)._type_)

    @value.setter
    def value(self, value):
        raw, keep = _convert(type(self)._type_, value)
        _set(addressof(self), type(self)._type_, raw)
        _keep(self, 0, keep)

    def __repr__(self):
        if type(self).__bases__[0] is not _SimpleCData:
            return '<%s object at %#x>' % (type(self).__name__, id(self))
        return '%s(%r)' % (type(self).__name__, self.value)

    def __bool__(self):
        return any(_read(addressof(self), _size(self)))

    def __ctypes_from_outparam__(self):
        return self.value if type(self).__bases__[0] is _SimpleCData else self

    def __reduce__(self):
        raise ValueError("ctypes objects containing pointers cannot be pickled")


def _struct_init(self, *args, **kwargs):
    names = _fields_of(type(self))
    if len(args) > len(names):
        raise TypeError("too many initializers")
    for name, value in zip(names, args):
        setattr(self, name, value)
    for name, value in kwargs.items():
        if name in names[:len(args)]:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    __slots__ = ()
    __hash__ = _unhashable
    __init__ = _struct_init


class Union(_CData, metaclass=UnionType):
    __slots__ = ()
    __hash__ = _unhashable
    __init__ = _struct_init


def _index_of(self, i):
    if not isinstance(i, int):
        i = _as_int_index(i)
    n = self._length_
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise IndexError("invalid index")
    return i


def _as_int_index(i):
    m = getattr(type(i), '__index__', None)
    if m is None:
        raise TypeError("indices must be integers")
    return m(i)


class Array(_CData, metaclass=PyCArrayType):
    __slots__ = ()
    __hash__ = _unhashable

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return self._length_

    def __getitem__(self, i):
        t = self._type_
        size = _stg_size(t)
        if isinstance(i, slice):
            items = [self[k] for k in range(*i.indices(self._length_))]
            if t is _simple_types.get('c'):
                return b''.join(items)
            if t is _simple_types.get('u'):
                return ''.join(items)
            return items
        i = _index_of(self, i)
        return _load(t, addressof(self) + i * size, self, i)

    def __setitem__(self, i, value):
        t = self._type_
        if isinstance(i, slice):
            indices = range(*i.indices(self._length_))
            if len(value) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(indices, value):
                self[k] = v
            return
        i = _index_of(self, i)
        _store(t, addressof(self) + i * _stg_size(t), value, self, i)

    def __delitem__(self, i):
        raise TypeError("Array does not support item deletion")


class _Pointer(_CData, metaclass=PyCPointerType):
    __slots__ = ()
    __hash__ = _unhashable

    def __init__(self, *args, **kwargs):
        if args:
            self.contents = args[0]

    def _target(self):
        t = type(self).__dict__.get('_type_') or getattr(type(self), '_type_', None)
        if t is None:
            raise TypeError("Cannot create instance: has no _type_")
        return t

    @property
    def contents(self):
        t = self._target()
        p = _get(addressof(self), 'P')
        if p is None:
            raise ValueError("NULL pointer access")
        return _at(t, p, self, 0)

    @contents.setter
    def contents(self, value):
        t = self._target()
        # 3.11 checks only what is not ctypes data: any ctypes instance is taken as it is
        if not isinstance(value, _CData):
            raise TypeError("expected %s instead of %s" % (t.__name__, type(value).__name__))
        _set(addressof(self), 'P', addressof(value))
        _keep(self, 1, value)
        _keep(self, 0, _keeped(value))

    def __getitem__(self, i):
        t = self._target()
        p = _get(addressof(self), 'P')
        size = _stg_size(t)
        if isinstance(i, slice):
            if i.stop is None:
                raise ValueError("slice stop is required")
            step = 1 if i.step is None else i.step
            start = (0 if step > 0 else None) if i.start is None else i.start
            if start is None:
                raise ValueError("slice start is required for step < 0")
            items = [self[k] for k in range(start, i.stop, step)]
            if t is _simple_types.get('c'):
                return b''.join(items)
            if t is _simple_types.get('u'):
                return ''.join(items)
            return items
        i = _as_int_index(i) if not isinstance(i, int) else i
        if p is None:
            raise ValueError("NULL pointer access")
        return _load(t, p + i * size, self, i)

    def __setitem__(self, i, value):
        t = self._target()
        p = _get(addressof(self), 'P')
        if p is None:
            raise ValueError("NULL pointer access")
        i = _as_int_index(i) if not isinstance(i, int) else i
        _store(t, p + i * _stg_size(t), value, self, i)

    def __bool__(self):
        return _get(addressof(self), 'P') is not None


for _cls in (_SimpleCData, Structure, Union, Array, _Pointer):
    type.__setattr__(_cls, '_objects', property(_cdata_objects))
    type.__setattr__(_cls, '_b_base_', property(_cdata_base))
    type.__setattr__(_cls, '_b_needsfree_', property(_cdata_needsfree))
    type.__setattr__(_cls, '__module__', '_ctypes')
for _cls in (PyCSimpleType, PyCStructType, UnionType, PyCArrayType, PyCPointerType, _CDataType):
    _cls.__module__ = '_ctypes'
del _cls


def _register_simple(cls):
    """ctypes' simple classes, found by format code (the wide-string conversions need c_wchar)."""
    _simple_types.setdefault(cls._type_, cls)


# ---------------------------------------------------------------- functions

def sizeof(obj):
    if isinstance(obj, type):
        size = _stg_size(obj)
        if size is not None and issubclass(obj, _CData):
            return size
    elif isinstance(obj, _CData):
        return _size(obj)
    raise TypeError("this type has no size")


def alignment(obj):
    t = obj if isinstance(obj, type) else type(obj)
    if isinstance(t, type) and issubclass(t, _CData) and _stg_size(t) is not None:
        return t._stg_align_
    raise TypeError("no alignment info")


class CArgObject:
    """What byref gives: a pointer to a ctypes instance (plus an offset) for a foreign call."""
    __slots__ = ('_obj', '_offset')

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % (addressof(self._obj) + self._offset)


CArgObject.__module__ = 'builtins'


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    arg = object.__new__(CArgObject)
    arg._obj = obj
    arg._offset = offset
    return arg


def POINTER(cls):
    cached = _pointer_type_cache.get(cls)
    if cached is not None:
        return cached
    if isinstance(cls, str):
        result = PyCPointerType('LP_%s' % cls, (_Pointer,), {'__module__': _caller_module()})
        _pointer_type_cache[id(result)] = result
        return result
    if not isinstance(cls, type):
        raise TypeError("must be a ctypes type")
    if _stg_size(cls) is None and not issubclass(cls, _CData):
        raise TypeError("must be a ctypes type")
    result = PyCPointerType('LP_%s' % cls.__name__, (_Pointer,), {'_type_': cls, '__module__': _caller_module()})
    _pointer_type_cache[cls] = result
    return result


def pointer(obj):
    if not isinstance(obj, _CData):
        raise TypeError("_type_ must have storage info")
    return POINTER(type(obj))(obj)


# ---------------------------------------------------------------- foreign functions

from _pyheap_ctypes import (_dlopen, _dlsym, _dlclose, _call, _thunk, _thunk_address, _cstring, get_errno,
                            set_errno, _pyapi_lookup, _pyapi_call, _result_object)

dlopen = _dlopen
dlclose = _dlclose


def dlsym(handle, name):
    return _dlsym(handle, name)


_WORD_MASK = (1 << 64) - 1


def _int_param(value, position):
    """ConvParam for an int: a C int (its low 32 bits), OverflowError past what a C long holds."""
    if not -(1 << 63) <= value <= _WORD_MASK:
        raise OverflowError("int too long to convert")
    value &= 0xffffffff
    return 'i', value - (1 << 32) if value >> 31 else value


def _raw_of(value):
    """A ctypes instance as a foreign call passes it: (format code, raw value)."""
    t = type(value)
    if isinstance(value, CFuncPtr):
        return 'P', _get(addressof(value), 'P') or 0
    if isinstance(value, _SimpleCData):
        code = t._type_
        if code in 'zZPO':
            return code, _get(addressof(value), 'P') or 0
        if code == 'c':
            return 'c', _get(addressof(value), 'B')
        if code == 'u':
            return 'u', _get(addressof(value), 'I')
        if code == '?':
            return '?', _get(addressof(value), 'B')
        return code, _get(addressof(value), code)
    if isinstance(value, _Pointer):
        return 'P', _get(addressof(value), 'P') or 0
    if isinstance(value, Array):
        return 'P', addressof(value)
    raise TypeError("ctypes here passes no Structure or Union by value (pass a pointer to it)")


def _conv_param(value, position, keep):
    """callproc.c's ConvParam: a Python argument as (format code, raw value)."""
    if value is None:
        return 'P', 0
    if isinstance(value, _CData):
        keep.append(value)
        return _raw_of(value)
    if isinstance(value, CArgObject):
        keep.append(value)
        return 'P', addressof(value._obj) + value._offset
    if isinstance(value, int):
        return _int_param(value, position)
    if isinstance(value, bytes):
        keep.append(value)
        return 'P', _bytes_address(value)
    if isinstance(value, str):
        buf = (_simple_types['u'] * (len(value) + 1))()
        buf.value = value
        keep.append(buf)
        return 'P', addressof(buf)
    as_parameter = getattr(value, '_as_parameter_', None)
    if as_parameter is not None:
        return _conv_param(as_parameter, position, keep)
    raise TypeError("Don't know how to convert parameter %d" % position)


def _result_code(restype):
    """The format code a result of restype comes back in ('v': none)."""
    if restype is None:
        return 'v'
    if isinstance(restype, PyCSimpleType):
        return restype._type_
    if isinstance(restype, (PyCPointerType, PyCFuncPtrType)):
        return 'P'
    if isinstance(restype, (PyCStructType, UnionType, PyCArrayType)):
        raise TypeError("ctypes here returns no Structure, Union or Array by value")
    return 'i'


def _from_result(restype, raw, steal=True):
    """GetResult: the Python value of a raw C result (a py_object result takes over the C function's
    reference when steal, else gets one of its own, as a callback's argument does)."""
    if restype is None:
        return None
    if isinstance(restype, PyCSimpleType):
        code = restype._type_
        if code in 'zZ':
            value = _cstring(raw, code == 'Z') if raw else None
        elif code == 'P':
            value = raw or None
        elif code == 'O' and steal:
            value = _result_object(raw)
        elif code == 'O':
            if not raw:
                raise ValueError("PyObject is NULL")
            holder = restype()
            _set(addressof(holder), 'P', raw)
            value = _get(addressof(holder), 'O')
            _set(addressof(holder), 'P', 0)
        elif code == 'c':
            value = bytes([raw & 0xff])
        elif code == 'u':
            value = chr(raw)
        elif code == '?':
            value = bool(raw)
        else:
            value = raw
        if restype.__bases__[0] is _SimpleCData:
            return value
        return restype(value)
    if isinstance(restype, (PyCPointerType, PyCFuncPtrType)):
        result = restype()
        _set(addressof(result), 'P', raw)
        return result
    return restype(raw)


def _check_argtypes(argtypes):
    if argtypes is None:
        return None
    if not isinstance(argtypes, (tuple, list)):
        raise TypeError("_argtypes_ must be a sequence of types")
    for i, t in enumerate(argtypes, 1):
        if not hasattr(t, 'from_param'):
            raise TypeError("item %d in _argtypes_ has no from_param method" % i)
    return tuple(argtypes)


def _check_restype(restype):
    if restype is None or isinstance(restype, _CDataType) or callable(restype):
        return restype
    raise TypeError("restype must be a type, a callable, or None")


class PyCFuncPtrType(_CDataType):
    def __new__(mcls, name, bases, namespace, **kw):
        cls = super().__new__(mcls, name, bases, namespace, **kw)
        if bases == (_CData,):
            return cls
        type.__setattr__(cls, '_stg_size_', 8)
        type.__setattr__(cls, '_stg_align_', 8)
        type.__setattr__(cls, '_stg_length_', 1)
        if '_flags_' in namespace and not isinstance(namespace['_flags_'], int):
            raise TypeError("class must define _flags_ which must be an integer")
        if '_argtypes_' in namespace:
            type.__setattr__(cls, '_argtypes_', _check_argtypes(namespace['_argtypes_']))
        return cls


def _funcptr_from_param(cls, value):
    if isinstance(value, cls):
        return value
    if isinstance(value, CArgObject) and isinstance(value._obj, cls):
        return value
    as_parameter = getattr(value, '_as_parameter_', None)
    if as_parameter is not None:
        return cls.from_param(as_parameter)
    raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))


PyCFuncPtrType.from_param = _funcptr_from_param
PyCFuncPtrType.__module__ = '_ctypes'


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    """A C function pointer (_ctypes.c's PyCFuncPtrObject): its value, the function's address, is
    the instance's memory; argtypes, restype and errcheck default to the class's."""

    __hash__ = _unhashable

    def __init__(self, *args):
        cls = type(self)
        if not args:
            return
        if len(args) == 1 and isinstance(args[0], int):
            _set(addressof(self), 'P', args[0])
            return
        if len(args) >= 1 and isinstance(args[0], tuple):
            name, dll = args[0][0], args[0][1]
            if type(dll).__dict__.get('_pyapi') or getattr(type(dll), '_pyapi', False) or dll.__dict__.get('_pyapi'):
                number = _pyapi_lookup(name, _sys.executable)
                object.__setattr__(self, '_pf_pyapi', number)
                _set(addressof(self), 'P', number)
            else:
                _set(addressof(self), 'P', _dlsym(dll._handle, name))
            return
        func = args[0]
        if not callable(func):
            raise TypeError("argument must be callable or integer function address")
        argtypes = getattr(cls, '_argtypes_', None)
        restype = getattr(cls, '_restype_', None)
        if argtypes is None:
            argtypes = ()
        codes = ''.join(_callback_code(t) for t in argtypes)
        rescode = 'v' if restype is None else _callback_code(restype)
        converters = [_callback_converter(t) for t in argtypes]
        if any(c is not None for c in converters):
            def argconv(*raw):
                return tuple(v if c is None else c(v) for c, v in zip(converters, raw))
        else:
            argconv = None
        thunk = _thunk(func, argconv, rescode, codes)
        _set(addressof(self), 'P', _thunk_address(thunk))
        _set_objects(self, thunk)
        # the instance holds the function too, as CPython's callable member does
        object.__setattr__(self, '_pf_callable', func)

    def _get_argtypes(self):
        try:
            return object.__getattribute__(self, '_pf_argtypes')
        except AttributeError:
            return getattr(type(self), '_argtypes_', None)

    def _set_argtypes(self, value):
        object.__setattr__(self, '_pf_argtypes', _check_argtypes(value))

    def _del_argtypes(self):
        object.__setattr__(self, '_pf_argtypes', None)

    argtypes = property(_get_argtypes, _set_argtypes, _del_argtypes, "specify the argument types")

    def _get_restype(self):
        try:
            return object.__getattribute__(self, '_pf_restype')
        except AttributeError:
            return getattr(type(self), '_restype_', None)

    def _set_restype(self, value):
        object.__setattr__(self, '_pf_restype', _check_restype(value))

    def _del_restype(self):
        raise AttributeError("cannot delete attribute")

    restype = property(_get_restype, _set_restype, _del_restype, "specify the result type")

    def _get_errcheck(self):
        try:
            return object.__getattribute__(self, '_pf_errcheck')
        except AttributeError:
            return None

    def _set_errcheck(self, value):
        if not callable(value):
            raise TypeError("the errcheck attribute must be callable")
        object.__setattr__(self, '_pf_errcheck', value)

    errcheck = property(_get_errcheck, _set_errcheck, None, "a function to check for errors")

    def __call__(self, *args, **kwargs):
        address = _get(addressof(self), 'P')
        if kwargs:
            raise TypeError("this function takes no keyword arguments")
        argtypes = self.argtypes
        restype = self.restype
        flags = getattr(type(self), '_flags_', FUNCFLAG_CDECL)
        if argtypes is not None and len(args) < len(argtypes):
            n = len(argtypes)
            raise TypeError("this function takes at least %d argument%s (%d given)" % (n, '' if n == 1 else 's', len(args)))
        codes = []
        values = []
        keep = []
        for i, value in enumerate(args, 1):
            failure = None
            try:
                if argtypes is not None and i <= len(argtypes):
                    value = argtypes[i - 1].from_param(value)
                code, raw = _conv_param(value, i, keep)
            except Exception as e:
                failure = e
            if failure is not None:
                raise ArgumentError("argument %d: %s: %s" % (i, type(failure).__name__, failure))
            codes.append(code)
            values.append(raw)
        rescode = _result_code(restype)
        if address is None:
            raise ValueError("NULL pointer access")
        if '_pf_pyapi' in self.__dict__:
            raw = _pyapi_call(self.__dict__['_pf_pyapi'], tuple(values))
            raw = _narrow(rescode, raw)
        else:
            raw = _call(address, rescode, ''.join(codes), tuple(values), bool(flags & FUNCFLAG_USE_ERRNO))
        result = raw if rescode == 'v' else _from_result(restype, raw)
        if rescode == 'v':
            result = None
        del keep
        errcheck = self.errcheck
        if errcheck is not None:
            return errcheck(result, self, args)
        return result

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    def __bool__(self):
        return _get(addressof(self), 'P') is not None


CFuncPtr.__module__ = '_ctypes'
for _name in ('_objects', '_b_base_', '_b_needsfree_'):
    type.__setattr__(CFuncPtr, _name, getattr(_SimpleCData, _name))
del _name


def _narrow(code, raw):
    """A C API function's result read as the restype's C type would read it from the register."""
    if code == 'v' or isinstance(raw, float) or raw is None:
        return raw
    size = _FORMATS[code][0] if code in _FORMATS else 8
    raw &= (1 << (8 * size)) - 1
    if code in 'bhilq' and raw >> (8 * size - 1):
        raw -= 1 << (8 * size)
    return raw


def _callback_code(t):
    if isinstance(t, PyCSimpleType):
        return t._type_
    if isinstance(t, (PyCPointerType, PyCFuncPtrType)):
        return 'P'
    raise TypeError("ctypes here passes no Structure, Union or Array by value to a callback")


def _callback_converter(t):
    """How a raw callback argument of type t becomes what the Python function gets (None: as it is)."""
    if isinstance(t, PyCSimpleType) and t.__bases__[0] is _SimpleCData:
        code = t._type_
        if code in 'zZ':
            return lambda raw: _cstring(raw, code == 'Z') if raw else None
        if code == 'P':
            return lambda raw: raw or None
        if code == 'O':
            return lambda raw: _from_result(t, raw, False)
        if code == 'c':
            return lambda raw: bytes([raw & 0xff])
        if code == 'u':
            return chr
        if code == '?':
            return bool
        return None
    return lambda raw: _from_result(t, raw) if isinstance(t, (PyCPointerType, PyCFuncPtrType)) else t(raw)
