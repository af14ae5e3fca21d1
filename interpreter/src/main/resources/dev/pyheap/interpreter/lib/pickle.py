"""Serializing objects to bytes and back: dumps, dump, loads, load, Pickler, Unpickler, with
protocols 0 to 5 writing the bytes CPython 3.11's pickle writes for the same object.

What is pickled by value: None, bool, int, float, str, bytes, bytearray, tuple, list, dict, set,
frozenset; classes and functions by reference (module and qualified name, checked to find the same
object again); any other object through copyreg's dispatch_table or its __reduce_ex__(protocol)
(NEWOBJ/NEWOBJ_EX for copyreg.__newobj__/__newobj_ex__, then list items, dict items and state with
BUILD or __setstate__). A memo keeps shared and cyclic references shared. Protocol 4 and later
write frames of about 64 KiB. The opcodes are the pickle format's (Lib/pickletools.py documents
them).

Not here: out-of-band buffers (PickleBuffer, buffer_callback, buffers=), the extension registry's
EXT opcodes when writing, persistent_load hooks other than a subclass's method, and the Python 2
name mapping beyond builtins/__builtin__ and copyreg/copy_reg.
"""

import sys
import io
import copyreg
from copyreg import dispatch_table
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

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


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


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
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

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
        self._batch_appends(obj)
    dispatch[list] = save_list

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
        self._batch_setitems(obj.items())
    dispatch[dict] = save_dict

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
        dispatch = self.dispatch
        try:
            while True:
                key = self.read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % chr(key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    # reading, through the current frame if there is one
    def read(self, n):
        if self._frame is not None:
            data = self._frame.read(n)
            if not data and n != 0:
                self._frame = None
                return self._file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self._file_read(n)

    def readline(self):
        if self._frame is not None:
            data = self._frame.readline()
            if not data:
                self._frame = None
                return self._file_readline()
            if data[-1] != 0x0a:
                raise UnpicklingError("pickle exhausted before end of frame")
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
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The object module.name names (classes and functions pickled by reference)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            else:
                module = _PY3_MODULES.get(module, module)
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    dispatch = {}

    def load_proto(self):
        proto = self._read_exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._read_exact(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        if self._frame is not None and self._frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = io.BytesIO(self._read_exact(frame_size))
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._read_line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._read_line()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data.decode('ascii'))
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self._read_exact(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read_exact(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self._read_exact(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._read_line()
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val.decode('ascii')))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read_exact(1)[0]
        self.append(decode_long(self._read_exact(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read_exact(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._read_line().decode('ascii')))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self._read_exact(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def load_string(self):
        data = self._read_line()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = unpack('<I', self._read_exact(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(self._read_exact(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._read_line()))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = unpack('<I', self._read_exact(4))
        self.append(str(self._read_exact(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self._read_exact(8))
        self.append(str(self._read_exact(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = unpack('<Q', self._read_exact(8))
        self.append(self._read_exact(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self._read_exact(8))
        self.append(bytearray(self._read_exact(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_short_binstring(self):
        n = self._read_exact(1)[0]
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read_exact(1)[0]
        self.append(self._read_exact(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read_exact(1)[0]
        self.append(str(self._read_exact(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._read_line().decode("ascii")
        name = self._read_line().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._read_line().decode("utf-8")
        name = self._read_line().decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def _load_ext(self, code):
        obj = copyreg._extension_cache.get(code)
        if obj is not None:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self._read_exact(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self._load_ext(unpack('<H', self._read_exact(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self._load_ext(unpack('<i', self._read_exact(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._read_line().decode('ascii')))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read_exact(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read_exact(4))[0])
    dispatch[LONG_BINGET[0]] = load_long_binget

    def _memo_put(self, i):
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_put(self):
        self._memo_put(int(self._read_line().decode('ascii')))
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self._memo_put(self._read_exact(1)[0])
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self._read_exact(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(i)
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


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
