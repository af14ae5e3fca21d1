"""ctypes as programs about memory use it: the simple C types with CPython's sizes on x86-64 Linux,
Structure and Union (bit fields, _pack_, _anonymous_, nested types), arrays, pointers, cast,
string buffers and the memory functions (string_at, wstring_at, memmove, memset), all over the
heap's own memory: c_ssize_t.from_address(id(x)).value is x's reference count, a Structure read
from id(x) sees x's header as CPython lays it out.

Foreign functions: CDLL/PyDLL open shared libraries with the C library's dlopen, their functions
are called through the JVM's native linker (see _pyheap_ctypes), CFUNCTYPE makes C-callable
callbacks; pythonapi's functions are this heap's runtime's own C API, run in Java.

Deliberate differences from CPython: an address outside the heap's arenas and blocks is refused
with ValueError naming it ("ctypes: address 0x10 is not memory of this heap ..."), where CPython
reads it and crashes; py_object's value is given only for the address of a live object. With
checked memory (addresses that are not the process's) a foreign call given a heap pointer is
refused with ValueError. Structures are not passed or returned by value.
"""

import _ctypes
import sys as _sys
import types as _types
from _ctypes import (ArgumentError, Structure, Union, Array, _Pointer, _SimpleCData, POINTER, pointer,
                     sizeof, alignment, addressof, byref, resize, _pointer_type_cache, _CData, get_errno,
                     set_errno)
from _ctypes import CFuncPtr as _CFuncPtr, FUNCFLAG_CDECL as _FUNCFLAG_CDECL, \
    FUNCFLAG_PYTHONAPI as _FUNCFLAG_PYTHONAPI, FUNCFLAG_USE_ERRNO as _FUNCFLAG_USE_ERRNO, \
    FUNCFLAG_USE_LASTERROR as _FUNCFLAG_USE_LASTERROR
from _ctypes import dlopen as _dlopen
from _pyheap_ctypes import _read, _wread, _memmove, _memset

__version__ = "1.1.0"

DEFAULT_MODE = 0
RTLD_LOCAL = 0
RTLD_GLOBAL = 256


class c_short(_SimpleCData):
    _type_ = "h"


class c_ushort(_SimpleCData):
    _type_ = "H"


class c_long(_SimpleCData):
    _type_ = "l"


class c_ulong(_SimpleCData):
    _type_ = "L"


class c_int(_SimpleCData):
    _type_ = "i"


class c_uint(_SimpleCData):
    _type_ = "I"


class c_float(_SimpleCData):
    _type_ = "f"


class c_double(_SimpleCData):
    _type_ = "d"


class c_longdouble(_SimpleCData):
    _type_ = "g"


# long and long long are both 8 bytes here: CPython then makes one class of the two
c_longlong = c_long
c_ulonglong = c_ulong


class c_ubyte(_SimpleCData):
    _type_ = "B"


class c_byte(_SimpleCData):
    _type_ = "b"


class c_char(_SimpleCData):
    _type_ = "c"


class c_char_p(_SimpleCData):
    _type_ = "z"

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, c_void_p.from_buffer(self).value)


class c_void_p(_SimpleCData):
    _type_ = "P"


c_voidp = c_void_p


class c_bool(_SimpleCData):
    _type_ = "?"


class c_wchar_p(_SimpleCData):
    _type_ = "Z"

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, c_void_p.from_buffer(self).value)


class c_wchar(_SimpleCData):
    _type_ = "u"


class py_object(_SimpleCData):
    _type_ = "O"

    def __repr__(self):
        try:
            return super().__repr__()
        except ValueError:
            return "%s(<NULL>)" % type(self).__name__


for _t in (c_short, c_ushort, c_long, c_ulong, c_int, c_uint, c_float, c_double, c_longdouble, c_ubyte,
           c_byte, c_char, c_char_p, c_void_p, c_bool, c_wchar_p, c_wchar, py_object):
    _ctypes._register_simple(_t)
del _t

c_size_t = c_ulong
c_ssize_t = c_long
c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong

_pointer_type_cache[None] = c_void_p


def SetPointerType(pointer, cls):
    pointer.set_type(cls)
    del _pointer_type_cache[id(pointer)]
    _pointer_type_cache[cls] = pointer


def ARRAY(typ, len):
    return typ * len


def _char_buffer(item, init, size, text_type):
    # a zero-filled array of `init` items, or one holding `init` and its terminating NUL
    # (`size` items when given)
    if isinstance(init, text_type):
        array = (item * (len(init) + 1 if size is None else size))()
        array.value = init
        return array
    if isinstance(init, int):
        return (item * init)()
    raise TypeError(init)


def create_string_buffer(init, size=None):
    """A mutable c_char array: `init` bytes copied in (with room for a NUL, or `size` long),
    or `init` zero bytes."""
    return _char_buffer(c_char, init, size, bytes)


c_buffer = create_string_buffer


def create_unicode_buffer(init, size=None):
    """A mutable c_wchar array: the characters of `init` copied in (with room for a NUL, or
    `size` long), or `init` zero characters."""
    return _char_buffer(c_wchar, init, size, str)


def _address(value, position):
    """c_void_p.from_param as a foreign call converts an argument: the address it stands for."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value & 0xffffffffffffffff
    if isinstance(value, bytes):
        return _ctypes._bytes_address(value)
    if isinstance(value, (Array, _Pointer)) and not isinstance(value, _Pointer):
        return addressof(value)
    if isinstance(value, _Pointer):
        return _ctypes._get(addressof(value), 'P') or 0
    if isinstance(value, (c_void_p, c_char_p, c_wchar_p, _CFuncPtr)):
        return _ctypes._get(addressof(value), 'P') or 0
    if isinstance(value, _ctypes.CArgObject):
        return addressof(value._obj) + value._offset
    raise ArgumentError("argument %d: TypeError: wrong type" % position)


def _is_pointer_type(t):
    if isinstance(t, (_ctypes.PyCPointerType, _ctypes.PyCFuncPtrType)):
        return True
    return isinstance(t, _ctypes.PyCSimpleType) and getattr(t, '_type_', None) in ('P', 'z', 'Z', 'O')


def cast(obj, typ):
    address = _address(obj, 1)
    if not _is_pointer_type(typ):
        raise TypeError("cast() argument 2 must be a pointer type, not %s"
                        % (typ.__name__ if isinstance(typ, type) else type(typ).__name__))
    result = typ()
    _ctypes._set(addressof(result), 'P', address)
    if isinstance(obj, _CData):
        # the result points into obj: it keeps obj (and what obj keeps) alive
        keep = _ctypes._b_objects(obj)
        objects = dict(keep) if isinstance(keep, dict) else {}
        objects[id(obj)] = obj
        _ctypes._set_objects(result, objects)
    return result


def string_at(ptr, size=-1):
    """The bytes at address `ptr`: `size` of them, or up to the first NUL."""
    return _read(_address(ptr, 1), size)


def wstring_at(ptr, size=-1):
    """The wide characters at address `ptr`: `size` of them, or up to the first NUL."""
    return _wread(_address(ptr, 1), size)


def memmove(dst, src, count):
    d = _address(dst, 1)
    _memmove(d, _address(src, 2), count)
    return d


def memset(dst, c, count):
    d = _address(dst, 1)
    _memset(d, c, count)
    return d


LittleEndianStructure = Structure
LittleEndianUnion = Union


# ---------------------------------------------------------------- foreign functions

def _flags_of(kw, what):
    flags = _FUNCFLAG_CDECL if what == 'C' else _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI
    # the two options a prototype takes, each one flag bit
    for option, bit in (("use_errno", _FUNCFLAG_USE_ERRNO),
                        ("use_last_error", _FUNCFLAG_USE_LASTERROR)):
        if kw.pop(option, False):
            flags |= bit
    if kw:
        raise ValueError("unexpected keyword argument(s) %s" % kw.keys())
    return flags


_c_functype_cache = {}


def CFUNCTYPE(restype, *argtypes, **kw):
    """The prototype (a _CFuncPtr subclass, one per signature and flags) of C functions that
    return `restype` and take `argtypes`. Called with an address it gives the function there,
    with a Python callable a C callback, with (name, library) the library's function."""
    flags = _flags_of(kw, 'C')
    key = (restype, argtypes, flags)
    cached = _c_functype_cache.get(key)
    if cached is not None:
        return cached

    class CFunctionType(_CFuncPtr):
        _argtypes_ = argtypes
        _restype_ = restype
        _flags_ = flags

    _c_functype_cache[key] = CFunctionType
    return CFunctionType


def PYFUNCTYPE(restype, *argtypes):
    class CFunctionType(_CFuncPtr):
        _argtypes_ = argtypes
        _restype_ = restype
        _flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI
    return CFunctionType


class CDLL(object):
    """A shared library opened with dlopen: its C functions as attributes (kept once looked
    up) or items (`lib.qsort`, `lib['qsort']`), each returning c_int unless told otherwise."""
    _func_flags_ = _FUNCFLAG_CDECL
    _func_restype_ = c_int
    _name = '<uninitialized>'
    _handle = 0
    _FuncPtr = None
    _pyapi = False

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False, use_last_error=False,
                 winmode=None):
        self._name = name
        flags = (self._func_flags_ | (_FUNCFLAG_USE_ERRNO if use_errno else 0)
                 | (_FUNCFLAG_USE_LASTERROR if use_last_error else 0))

        # the prototype of this library's functions
        class _FuncPtr(_CFuncPtr):
            _flags_ = flags
            _restype_ = self._func_restype_

        self._FuncPtr = _FuncPtr
        self._handle = _dlopen(self._name, mode) if handle is None else handle

    def __repr__(self):
        mask = _sys.maxsize * 2 + 1
        return "<%s '%s', handle %x at %#x>" % (type(self).__name__, self._name, self._handle & mask, id(self) & mask)

    def __getattr__(self, name):
        # special names are never C functions
        if name[:2] == name[-2:] == '__':
            raise AttributeError(name)
        function = self[name]
        setattr(self, name, function)
        return function

    def __getitem__(self, name_or_ordinal):
        function = self._FuncPtr((name_or_ordinal, self))
        if not isinstance(name_or_ordinal, int):
            function.__name__ = name_or_ordinal
        return function


class PyDLL(CDLL):
    """A library whose functions are the interpreter's own C API: called with the GIL held,
    and a Python exception they set is raised."""
    _func_flags_ = _FUNCFLAG_CDECL | _FUNCFLAG_PYTHONAPI


class LibraryLoader(object):
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)

    __class_getitem__ = classmethod(_types.GenericAlias)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


def _runtime_dll():
    """pythonapi: its symbols are this runtime's C API functions (see _pyheap_ctypes)."""
    try:
        handle = _dlopen(None, 0)
    except OSError:
        handle = 0
    dll = PyDLL(None, handle=handle)
    dll._pyapi = True
    return dll


pythonapi = _runtime_dll()
