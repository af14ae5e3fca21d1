"""Serializing objects to bytes and back: dumps, dump, loads, load, Pickler, Unpickler, with
protocols 0 to 5 writing the bytes CPython 3.11's pickle writes for the same object.

What is pickled by value: None, bool, int, float, str, bytes, bytearray, tuple, list, dict, set,
frozenset; classes and functions by reference (module and qualified name, checked to find the same
object again); any other object through copyreg's dispatch_table or its __reduce_ex__(protocol)
(NEWOBJ/NEWOBJ_EX for copyreg.__newobj__/__newobj_ex__, then list items, dict items and state with
BUILD or __setstate__). A memo keeps shared and cyclic references shared. Protocol 4 and later
write frames of about 64 KiB. The opcodes are the pickle format's (Lib/pickletools.py documents
them).

The unpickler is a table from each opcode to the reader of its argument and the action taking
it; its checks and messages are the C unpickler's. Protocol 5's out-of-band buffers: a
PickleBuffer is written in band (as bytes or bytearray) unless buffer_callback returns false for it,
then as NEXT_BUFFER (READONLY_BUFFER after it for a read-only buffer), read back from buffers=.
Not here: the Python 2 name mapping beyond builtins/__builtin__, copyreg/copy_reg and the exceptions.
"""

import sys
import io
import re
import copyreg
from copyreg import dispatch_table
from struct import calcsize, pack, unpack
from _pyheap_pickle import PickleBuffer

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    __module__ = '_pickle'


class PicklingError(PickleError):
    """An unpicklable object was passed to the dump() method."""
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    """A problem unpickling an object, such as a security violation."""
    __module__ = '_pickle'


# The opcodes (one byte each), by protocol.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# The Python 2 names protocols 0 to 2 write for Python 3 modules and objects (fix_imports), and
# back when loading them.
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', '_pickle': 'pickle'}
_PY3_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'exceptions': 'builtins'}
_PY2_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'), ('functools', 'reduce'): ('__builtin__', 'reduce'),
              ('sys', 'intern'): ('__builtin__', 'intern'), ('builtins', 'chr'): ('__builtin__', 'unichr'),
              ('builtins', 'str'): ('__builtin__', 'unicode'), ('builtins', 'int'): ('__builtin__', 'long'),
              ('builtins', 'zip'): ('itertools', 'izip'), ('builtins', 'map'): ('itertools', 'imap'),
              ('builtins', 'filter'): ('itertools', 'ifilter'),
              ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
              ('collections', 'UserList'): ('UserList', 'UserList'),
              ('collections', 'UserString'): ('UserString', 'UserString')}
for _name in ('ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
              'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
              'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
              'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
              'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
              'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
              'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
              'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning '
              'ZeroDivisionError').split():
    _PY2_NAMES[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError').split():
    _PY2_NAMES[('builtins', _name)] = ('exceptions', 'OSError')
_PY2_NAMES[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
_PY3_NAMES = {v: k for k, v in _PY2_NAMES.items() if v[0] != 'exceptions' or v[1] == k[1]}
del _name

def encode_long(x):
    """x as little-endian two's complement bytes, as short as they can be (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    """The int of little-endian two's complement bytes."""
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(text):
    """The 'raw-unicode-escape' encoding: latin-1 characters as they are, others as \\uXXXX or
    \\UXXXXXXXX."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 256:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


def _raw_unicode_unescape(data):
    """What _raw_unicode_escape wrote, back to str."""
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            # an escape only after an even number of backslashes
            k = i - 1
            backslashes = 0
            while k >= 0 and data[k] == 0x5c:
                backslashes += 1
                k -= 1
            if backslashes % 2 == 0:
                digits = data[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError('rawunicodeescape', bytes(data), i, n, 'truncated \\uXXXX escape' if width == 4 else 'truncated \\UXXXXXXXX escape')
                out.append(chr(int(digits.decode("ascii"), 16)))
                i += 2 + width
                continue
        out.append(chr(b))
        i += 1
    return ''.join(out)


def _getattribute(obj, name):
    """obj.a.b for name 'a.b', and the object before the last step."""
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj was defined in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _batches(items):
    """The items in lists of _BATCHSIZE (the last one shorter, none empty): MARK ... APPENDS,
    SETITEMS and ADDITEMS take that many at a time."""
    it = iter(items)
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == _BATCHSIZE:
                break
        if batch:
            yield batch
        if len(batch) < _BATCHSIZE:
            return


class _Framer:
    """Protocol 4's frames: the opcodes of about 64 KiB go out behind FRAME and their length;
    a frame under 4 bytes goes out bare."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            f = self.current_frame
            if f.tell() >= _FRAME_SIZE_TARGET or force:
                data = f.getvalue()
                if len(data) >= _FRAME_SIZE_MIN:
                    self.file_write(FRAME + pack("<Q", len(data)))
                self.file_write(data)
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        """A big bytes object goes out of the frame, after the frame so far."""
        if self.current_frame:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


class _Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Forget the objects pickled so far: they will be pickled again, not referred to."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        """Record obj in the memo, and write the opcode that stores it on the unpickling side."""
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + pack("<B", idx) if idx < 256 else LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            return BINGET + pack("<B", i) if i < 256 else LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if issubclass(t, type):
                self.save_global(obj)
                return
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce is None:
                    raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
        self.save_reduce(obj=obj, *rv)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from {} args has no __new__".format(func_name))
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from {} args has the wrong class".format(func_name))
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # --- the types pickled by value ---

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_data(obj, obj)
    dispatch[bytes] = save_bytes

    def _save_bytes_data(self, data, obj):
        """data (bytes) as BINBYTES, memoized as obj (the bytes or the PickleBuffer written)."""
        n = len(data)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), data)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + pack("<I", n), data)
        else:
            self.write(BINBYTES + pack("<I", n) + data)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_data(bytes(obj), obj)
    dispatch[bytearray] = save_bytearray

    def _save_bytearray_data(self, data, obj):
        """data (bytes) as BYTEARRAY8, memoized as obj (the bytearray or the PickleBuffer written)."""
        n = len(data)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), data)
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + data)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        """C's save_picklebuffer: in band as bytes (read-only) or bytearray, memoized as the
        PickleBuffer, unless buffer_callback(obj) is false: then out of band."""
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        with memoryview(obj) as m:
            if not m.contiguous:
                raise PicklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer")
            in_band = True
            if self._buffer_callback is not None:
                in_band = bool(self._buffer_callback(obj))
            if in_band:
                if m.readonly:
                    self._save_bytes_data(m.tobytes(), obj)
                else:
                    self._save_bytearray_data(m.tobytes(), obj)
            else:
                self.write(NEXT_BUFFER)
                if m.readonly:
                    self.write(READONLY_BUFFER)
    dispatch[PickleBuffer] = save_picklebuffer

    def _write_large_bytes(self, header, payload):
        if self.proto >= 4:
            self.framer.write_large_bytes(header, payload)
        else:
            self.write(header + payload)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            escaped = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
                       .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape(escaped) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            # the tuple was pickled while its items were (a cycle through it): drop the copy
            get = self.get(memo[id(obj)][0])
            write(POP_MARK + get if self.bin else POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin and obj:
            self._list_items(obj)
        else:
            self._batch_appends(obj)
    dispatch[list] = save_list

    def _list_items(self, obj):
        # a list's own items: APPEND for a single one, else MARK ... APPENDS per batch, the
        # list's length read again after each item (an item's pickling may change it)
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        done = 0
        while done < len(obj):
            write(MARK)
            for _ in range(_BATCHSIZE):
                if done >= len(obj):
                    break
                save(obj[done])
                done += 1
            write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            else:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if self.bin and obj:
            self._dict_items(obj)
        else:
            self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

    def _dict_items(self, obj):
        # a dict's own items: SETITEM for a single one, else MARK ... SETITEMS per batch; a full
        # batch is always followed by another, so a multiple of the batch size ends with an
        # empty one
        save = self.save
        write = self.write
        if len(obj) == 1:
            for key, value in obj.items():
                save(key)
                save(value)
            write(SETITEM)
            return
        size = len(obj)
        items = iter(obj.items())
        while True:
            write(MARK)
            count = 0
            for key, value in items:
                save(key)
                save(value)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for batch in _batches(items):
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            else:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        for batch in _batches(obj):
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(ADDITEMS)
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" %
                                (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" %
                                (obj, module_name, name))
        if self.proto >= 2:
            # a registered extension code stands for the name, and is not memoized
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code < 0x100:
                    write(EXT1 + bytes((code,)))
                elif code < 0x10000:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _PY2_NAMES:
                    module_name, name = _PY2_NAMES[(module_name, name)]
                else:
                    module_name = _PY2_MODULES.get(module_name, module_name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_builtin(self, obj):
        """A built-in function by reference; a built-in method bound to an object as getattr(obj, name)."""
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner) is type(sys):
            self.save_global(obj, obj.__qualname__ if owner is None else obj.__name__)
        else:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)

    dispatch[type(save_none)] = save_global
    dispatch[type(len)] = save_builtin
    dispatch[type] = save_type


class _Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._buffers = None if buffers is None else iter(buffers)

    def load(self):
        """Read one pickled object from the file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        while True:
            code = self.read(1)
            if not code:
                raise EOFError("Ran out of input")
            if code == STOP:
                return self._pop(1)[0]
            op = _LOAD_OPS.get(code[0])
            if op is None:
                raise UnpicklingError("invalid load key, '%s'." % _key_text(code[0]))
            read_argument, action = op
            if read_argument is None:
                action(self)
            else:
                action(self, read_argument(self))

    # reading, through the current frame if there is one
    def read(self, n):
        if self._frame is not None:
            data = self._frame.read(n)
            if not data and n != 0:
                self._frame = None
                return self._file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle data was truncated")
            return data
        return self._file_read(n)

    def readline(self):
        if self._frame is not None:
            data = self._frame.readline()
            if not data:
                self._frame = None
                return self._file_readline()
            if data[-1] != 0x0a:
                raise UnpicklingError("pickle data was truncated")
            return data
        return self._file_readline()

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_line(self):
        line = self.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError(_NO_PERSISTENT_LOAD)

    def _check_persistent_load(self):
        # without a persistent_load of its own, the opcode fails before its argument is read
        if ('persistent_load' not in vars(self)
                and type(self).persistent_load is _Unpickler.persistent_load):
            raise UnpicklingError(_NO_PERSISTENT_LOAD)

    def find_class(self, module, name):
        """The object module.name names (classes and functions pickled by reference)."""
        if self.proto < 3 and self.fix_imports:
            # a pickle of Python 2 names its modules and objects the old way
            renamed = _PY3_NAMES.get((module, name))
            if renamed is None:
                module = _PY3_MODULES.get(module, module)
            else:
                module, name = renamed
        __import__(module, level=0)
        home = sys.modules[module]
        # dotted (qualified) names only from protocol 4 on
        if self.proto >= 4:
            return _getattribute(home, name)[0]
        try:
            return getattr(home, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, home)) from None

    def _decode_string(self, value):
        # a Python 2 str: bytes, or text in the encoding the caller chose
        return value if self.encoding == "bytes" else value.decode(self.encoding, self.errors)

    # the stack

    def _push(self, value):
        self.stack.append(value)

    def _underflow(self):
        # the stack above the innermost MARK is too short
        raise UnpicklingError("unexpected MARK found" if self.metastack
                              else "unpickling stack underflow")

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _pop(self, count):
        """The last `count` items of the stack, taken off it."""
        if len(self.stack) < count:
            self._underflow()
        items = self.stack[-count:]
        del self.stack[-count:]
        return items

    def _instantiate(self, klass, args):
        # the old INST/OBJ rules: the class is called unless it is a class with no arguments
        # that has no __getinitargs__, which is then only made with __new__
        if not args and isinstance(klass, type) and not hasattr(klass, "__getinitargs__"):
            self._push(klass.__new__(klass))
        else:
            self._push(klass(*args))

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _readonly_buffer(self):
        view = memoryview(self._top())
        if not view.readonly:
            self.stack[-1] = view.toreadonly()

    def _memo_get(self, i):
        if i not in self.memo:
            raise UnpicklingError("Memo value not found at index %d" % i)
        self._push(self.memo[i])

    def _memo_put(self, i):
        value = self._top()
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = value

    def _load_ext(self, code):
        cached = copyreg._extension_cache.get(code)
        if cached is None:
            key = copyreg._inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            cached = copyreg._extension_cache[code] = self.find_class(*key)
        self._push(cached)

    def _start_frame(self, size):
        if size > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes"
                                % sys.maxsize)
        if self._frame is not None and self._frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = io.BytesIO(self._read_exact(size))

    def _set_proto(self, proto):
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _build(self, state):
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        # no __setstate__: a dict for __dict__, maybe paired with one for the slots
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            attrs = inst.__dict__
            for key, value in state.items():
                attrs[sys.intern(key) if type(key) is str else key] = value
        if slots is not None:
            if not isinstance(slots, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slots.items():
                setattr(inst, key, value)

    def _extend(self, items):
        target = self._top()
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def _add_items(self, items):
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _stack_global(self):
        module, name = self._pop(2)
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append


# How each opcode's argument is read: a fixed-size number, a length and that many bytes, or a
# line (without its newline).

def _number(fmt):
    size = calcsize(fmt)
    return lambda u: unpack(fmt, u._read_exact(size))[0]


def _byte(u):
    return u._read_exact(1)[0]


def _line(u):
    return u._read_line()


def _full_line(u):
    # a line that must hold something besides its newline
    line = u._read_line()
    if not line:
        raise UnpicklingError("pickle data was truncated")
    return line


def _line_with_newline(u):
    # a number's line as int() sees it, so that its error shows the newline too
    return (_full_line(u) + b'\n').decode('utf-8')


def _ascii_line(u):
    return u._read_line().decode('ascii')


def _sized(read_length, negative=None, too_big=None):
    def read(u):
        n = read_length(u)
        if negative is not None and n < 0:
            raise UnpicklingError(negative)
        if too_big is not None and n > sys.maxsize:
            raise UnpicklingError(too_big % sys.maxsize)
        return u._read_exact(n)
    return read


_u2, _i4, _u4, _u8 = _number('<H'), _number('<i'), _number('<I'), _number('<Q')


def _utf8(data):
    return str(data, 'utf-8', 'surrogatepass')


# INT's argument is read as C's strtol reads it (base prefixes, leading white space), and only
# when that fails as a Python int literal
_C_LONG = re.compile(rb'[ \t\n\v\f\r]*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)')


def _int_line(line):
    m = _C_LONG.match(line)
    if m is not None and (m.end() == len(line) or line[m.end()] == 0):
        digits = m.group(2)
        if digits[1:2] in (b'x', b'X'):
            value = int(digits[2:], 16)
        elif digits.startswith(b'0'):
            value = int(digits, 8)
        else:
            value = int(digits)
        if m.group(1) == b'-':
            value = -value
        if -2 ** 63 <= value < 2 ** 63:
            # protocol 0 writes True and False as INT 01 and 00
            if len(line) == 2 and value in (0, 1):
                return bool(value)
            return value
    try:
        return int((line + b'\n').decode('utf-8'), 0)
    except (UnicodeDecodeError, ValueError):
        raise ValueError("could not convert string to int") from None


# FLOAT's argument: the longest number at its start, which must be all of it
_FLOAT_START = re.compile(rb'[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?'
                          rb'|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])')


def _float_line(line):
    m = _FLOAT_START.match(line)
    if m is None:
        shown = (line + b'\n').decode('utf-8', 'replace')[:200]
        raise ValueError("could not convert string to float: '%s'" % shown)
    if m.end() != len(line) and line[m.end()] != 0:
        raise ValueError("could not convert string to float")
    value = float(m.group().decode('ascii'))
    if value in (float('inf'), float('-inf')) and not m.group().lstrip(b'+-')[:1] in b'iI':
        shown = (line + b'\n').decode('utf-8', 'replace')[:200]
        raise OverflowError("value too large to convert to float: '%s'" % shown)
    return value


def _long_line(line):
    # Python 2 wrote a trailing L; without one the newline stays (int() allows it, and its
    # error shows it)
    text = line[:-1] if line.endswith(b'L') else line + b'\n'
    return int(text.decode('utf-8'))


def _quoted(u, line):
    if len(line) < 2 or line[0] != line[-1] or line[0] not in b'"\'':
        raise UnpicklingError("the STRING opcode argument must be quoted")
    return u._decode_string(_escape_decode(line[1:-1]))


def _persistent_ascii(u):
    u._check_persistent_load()
    try:
        return u._read_line().decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")


def _long_put_index(u):
    i = _u4(u)
    if i > sys.maxsize:
        raise ValueError("negative LONG_BINPUT argument")
    return i


def _pop_any(u):
    # POP takes an item, or a whole marked group when the current one is empty
    if u.stack:
        del u.stack[-1]
    elif u.metastack:
        u.pop_mark()
    else:
        u._underflow()


def _reduce(u):
    func, args = u._pop(2)
    if not isinstance(args, tuple):
        raise TypeError("argument list must be a tuple")
    u._push(func(*args))


def _check_newobj(opname, cls, args, kwargs=None):
    if not isinstance(cls, type):
        raise UnpicklingError("%s class argument must be a type, not %s"
                              % (opname, type(cls).__name__))
    if not isinstance(args, tuple):
        raise UnpicklingError("%s args argument must be a tuple, not %s"
                              % (opname, type(args).__name__))
    if kwargs is not None and not isinstance(kwargs, dict):
        raise UnpicklingError("%s kwargs argument must be a dict, not %s"
                              % (opname, type(kwargs).__name__))


def _newobj(u):
    cls, args = u._pop(2)
    _check_newobj("NEWOBJ", cls, args)
    u._push(cls.__new__(cls, *args))


def _newobj_ex(u):
    cls, args, kwargs = u._pop(3)
    _check_newobj("NEWOBJ_EX", cls, args, kwargs)
    u._push(cls.__new__(cls, *args, **kwargs))


def _setitem(u):
    if len(u.stack) < 3:
        u._underflow()
    key, value = u._pop(2)
    u.stack[-1][key] = value


def _setitems(u):
    items = u.pop_mark()
    target = u._top()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    for k in range(0, len(items), 2):
        target[items[k]] = items[k + 1]


def _append(u):
    if len(u.stack) < 2:
        u._underflow()
    value = u.stack.pop()
    u.stack[-1].append(value)


def _tuple_of(count):
    def make(u):
        u._push(tuple(u._pop(count)))
    return make


def _global(u):
    module = _full_line(u).decode("utf-8")
    name = _full_line(u).decode("utf-8")
    u._push(u.find_class(module, name))


def _inst(u):
    # the MARK is looked for before the names are read
    args = u.pop_mark()
    module = _full_line(u).decode("utf-8")
    name = _full_line(u).decode("utf-8")
    u._instantiate(u.find_class(module, name), args)


def _obj(u):
    args = u.pop_mark()
    u._instantiate(args.pop(0), args)


def _build(u):
    if len(u.stack) < 2:
        u._underflow()
    u._build(u.stack.pop())


# opcode -> (how its argument is read or None, what it does with the unpickler and that argument)
_LOAD_OPS = {}


def _op(code, reader, action):
    _LOAD_OPS[code[0]] = (reader, action)


_op(PROTO, _byte, _Unpickler._set_proto)
_op(FRAME, _u8, _Unpickler._start_frame)
_op(MARK, None, _Unpickler._mark)
_op(POP, None, _pop_any)
_op(POP_MARK, None, lambda u: u.pop_mark())
_op(DUP, None, lambda u: u._push(u._top()))
_op(NONE, None, lambda u: u._push(None))
_op(NEWTRUE, None, lambda u: u._push(True))
_op(NEWFALSE, None, lambda u: u._push(False))
_op(INT, _full_line, lambda u, line: u._push(_int_line(line)))
_op(BININT, _i4, _Unpickler._push)
_op(BININT1, _byte, _Unpickler._push)
_op(BININT2, _u2, _Unpickler._push)
_op(LONG, _full_line, lambda u, line: u._push(_long_line(line)))
_op(LONG1, _sized(_byte), lambda u, data: u._push(decode_long(data)))
_op(LONG4, _sized(_i4, "LONG pickle has negative byte count"),
    lambda u, data: u._push(decode_long(data)))
_op(FLOAT, _full_line, lambda u, line: u._push(_float_line(line)))
_op(BINFLOAT, _number('>d'), _Unpickler._push)
_op(STRING, _line, lambda u, line: u._push(_quoted(u, line)))
_op(BINSTRING, _sized(_u4),
    lambda u, data: u._push(u._decode_string(data)))
_op(SHORT_BINSTRING, _sized(_byte), lambda u, data: u._push(u._decode_string(data)))
_op(BINBYTES, _sized(_u4, too_big="BINBYTES exceeds system's maximum size of %d bytes"),
    _Unpickler._push)
_op(SHORT_BINBYTES, _sized(_byte), _Unpickler._push)
_op(BINBYTES8, _sized(_u8), _Unpickler._push)
_op(BYTEARRAY8, _sized(_u8), lambda u, data: u._push(bytearray(data)))
_op(UNICODE, _line, lambda u, line: u._push(str(line, 'raw-unicode-escape')))
_op(SHORT_BINUNICODE, _sized(_byte), lambda u, data: u._push(_utf8(data)))
_op(BINUNICODE, _sized(_u4), lambda u, data: u._push(_utf8(data)))
_op(BINUNICODE8, _sized(_u8), lambda u, data: u._push(_utf8(data)))
_op(EMPTY_TUPLE, None, lambda u: u._push(()))
_op(TUPLE1, None, _tuple_of(1))
_op(TUPLE2, None, _tuple_of(2))
_op(TUPLE3, None, _tuple_of(3))
_op(TUPLE, None, lambda u: u._push(tuple(u.pop_mark())))
_op(EMPTY_LIST, None, lambda u: u._push([]))
_op(LIST, None, lambda u: u._push(u.pop_mark()))
_op(EMPTY_DICT, None, lambda u: u._push({}))
_op(DICT, None, lambda u: u._push(_pairs_to_dict(u.pop_mark())))
_op(EMPTY_SET, None, lambda u: u._push(set()))
_op(FROZENSET, None, lambda u: u._push(frozenset(u.pop_mark())))
_op(APPEND, None, _append)
_op(APPENDS, None, lambda u: u._extend(u.pop_mark()))
_op(SETITEM, None, _setitem)
_op(SETITEMS, None, _setitems)
_op(ADDITEMS, None, lambda u: u._add_items(u.pop_mark()))
_op(BUILD, None, _build)
_op(GLOBAL, None, _global)
_op(STACK_GLOBAL, None, _Unpickler._stack_global)
_op(INST, None, _inst)
_op(OBJ, None, _obj)
_op(NEWOBJ, None, _newobj)
_op(NEWOBJ_EX, None, _newobj_ex)
_op(REDUCE, None, _reduce)
_op(EXT1, _byte, _Unpickler._load_ext)
_op(EXT2, _u2, _Unpickler._load_ext)
_op(EXT4, _i4, _Unpickler._load_ext)
_op(PERSID, _persistent_ascii, lambda u, pid: u._push(u.persistent_load(pid)))
_op(BINPERSID, None, lambda u: u._check_persistent_load()
    or u._push(u.persistent_load(u._pop(1)[0])))
_op(GET, _line_with_newline, lambda u, text: u._memo_get(int(text)))
_op(BINGET, _byte, _Unpickler._memo_get)
_op(LONG_BINGET, _u4, _Unpickler._memo_get)
_op(PUT, _line_with_newline, lambda u, text: u._memo_put(int(text)))
_op(BINPUT, _byte, _Unpickler._memo_put)
_op(LONG_BINPUT, _long_put_index, _Unpickler._memo_put)
_op(NEXT_BUFFER, None, _Unpickler._next_buffer)
_op(READONLY_BUFFER, None, _Unpickler._readonly_buffer)
_op(MEMOIZE, None, lambda u: u.memo.__setitem__(len(u.memo), u._top()))


_NO_PERSISTENT_LOAD = ("A load persistent id instruction was encountered,\n"
                       "but no persistent_load function was specified.")


def _key_text(byte):
    # printable ASCII as itself, anything else (and the quote and backslash) as \\xNN
    if 0x20 <= byte <= 0x7e and byte not in b"'\\":
        return chr(byte)
    return '\\x%02x' % byte


def _pairs_to_dict(items):
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    return {items[k]: items[k + 1] for k in range(0, len(items), 2)}


def _escape_decode(data):
    """The backslash escapes of a protocol 0 STRING (repr of a Python 2 str)."""
    out = bytearray()
    i = 0
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
              ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < len(data):
        b = data[i]
        if b == 92 and i + 1 < len(data):
            c = data[i + 1]
            if c in simple:
                out.append(simple[c])
                i += 2
                continue
            if c == ord('x'):
                out.append(int(data[i + 2:i + 4].decode("ascii"), 16))
                i += 4
                continue
            if 48 <= c <= 55:
                j = i + 1
                while j < len(data) and j < i + 4 and 48 <= data[j] <= 55:
                    j += 1
                out.append(int(data[i + 1:j].decode("ascii"), 8) & 0xff)
                i = j
                continue
        out.append(b)
        i += 1
    return bytes(out)


Pickler = _Pickler
Unpickler = _Unpickler


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickled representation of obj to the open file."""
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickled representation of obj as bytes."""
    f = io.BytesIO()
    _Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read a pickled object from the open file and return it."""
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                      errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object the pickled bytes data represent."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = io.BytesIO(data)
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                      errors=errors).load()


# Frames that CPython runs in C leave no traceback entry: pickle's Pickler, Unpickler and functions are _pickle's, written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), exclude=('whichmodule', 'encode_long', 'decode_long'), module='_pickle')
del _pyheap_c
