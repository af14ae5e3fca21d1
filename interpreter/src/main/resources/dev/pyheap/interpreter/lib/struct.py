"""Values packed into bytes and unpacked from them by a format: pack, unpack, calcsize, pack_into,
unpack_from, iter_unpack, Struct and error.

A format is an optional byte order character and a sequence of [count]code:
  @ (default)  native order, sizes and alignment (x86-64 Linux: l, L, n, N, P, q, Q are 8 bytes;
               each item starts at a multiple of its size, no padding at the end)
  = < > !      standard sizes (b 1, h 2, i 4, l 4, q 8, e 2, f 4, d 8), no alignment; < little
               endian, > and ! big endian, = native (little) order
  x pad byte, c bytes of length 1, b B signed/unsigned char, ? bool, h H short, i I int,
  l L long, q Q long long, n N ssize_t/size_t and P pointer (native only), e f d IEEE 754 half,
  single and double (rounded to nearest even), s bytes (count is the length), p Pascal string.
Errors are CPython's (struct.error with its messages, OverflowError for floats too large).
"""

import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
                 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'P': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_STANDARD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
                   'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'
_NAMED_RANGES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
# float formats: (exponent bits, fraction bits)
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _parse(fmt):
    """(byte order, native, [(code, count, offset)], size) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    order = '@'
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        i = 1
    native = order == '@'
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while i < n and '0' <= fmt[i] <= '9':
            count = (count or 0) * 10 + ord(fmt[i]) - 48
            i += 1
        if i >= n:
            if count is not None:
                raise error("repeat count given without format specifier")
            break
        c = fmt[i]
        i += 1
        if c not in sizes:
            raise error("bad char in struct format")
        if count is None:
            count = 1
        size = sizes[c]
        if native and c not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        items.append((c, count, offset))
        offset += size * count if c not in 'sp' else count
    return order, native, items, offset


def _byteorder(order):
    return 'big' if order in ('>', '!') else 'little'


def _int_value(v):
    if isinstance(v, bool) or isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _pack_int(c, v, size, order, native):
    v = _int_value(v)
    if c == 'P':
        # PyLong_AsVoidPtr takes a signed or an unsigned 64-bit value
        if not -(1 << 63) <= v < (1 << 64):
            raise error("int too large to convert")
        return (v & 0xFFFFFFFFFFFFFFFF).to_bytes(size, _byteorder(order))
    signed = c in _SIGNED
    bits = size * 8
    if signed:
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if low <= v <= high:
        return v.to_bytes(size, _byteorder(order), signed=signed)
    raise error(_range_message(c, v, size, order, native, low, high))


def _range_message(c, v, size, order, native, low, high):
    # The packer _struct.c runs: the native one in native mode, and in '<' and '=' (this machine is
    # little-endian) wherever the standard size is the native size; the standard one otherwise.
    # Each first reads a C long (unsigned for I, L, Q, N and a standard unsigned code), then checks
    # the format's range; the standard 8-byte ones convert through _PyLong_AsByteArray, whose
    # OverflowError pack reports as for any int.
    fits_long = -(1 << 63) <= v < (1 << 63)
    fits_ulong = 0 <= v < (1 << 64)
    if c in 'bB' or native or order in '<=' and _NATIVE_SIZES[c] == size:
        if c in _NAMED_RANGES:
            return f"{_NAMED_RANGES[c]} format requires {low} <= number <= {high}" if fits_long else "argument out of range"
        if size == 8 or not (fits_ulong if c in _UNSIGNED else fits_long):
            return "argument out of range"
        return f"'{c}' format requires {low} <= number <= {high}"
    if size == 8:
        return "int too large to convert"
    if not (fits_ulong if c in _UNSIGNED else fits_long):
        return "argument out of range"
    return f"'{c}' format requires {low} <= number <= {high}"


def _float_bits(x, exp_bits, frac_bits, code):
    """The IEEE 754 bits of x in a format of exp_bits and frac_bits, rounded to nearest even."""
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    if _math.isnan(x):
        return (sign << (exp_bits + frac_bits)) | (max_exp << frac_bits) | (1 << (frac_bits - 1))
    if _math.isinf(x):
        return (sign << (exp_bits + frac_bits)) | (max_exp << frac_bits)
    x = abs(x)
    if x == 0.0:
        return sign << (exp_bits + frac_bits)
    m, e = _math.frexp(x)          # x = m * 2**e, 0.5 <= m < 1
    biased = e - 1 + bias
    if biased <= 0:               # subnormal: a multiple of 2**(1 - bias - frac_bits)
        frac = round(_math.ldexp(x, bias - 1 + frac_bits))
        biased = 0
        if frac >> frac_bits:      # rounded up to the smallest normal number
            biased, frac = 1, frac & ((1 << frac_bits) - 1)
    else:
        mant = round(_math.ldexp(m, frac_bits + 1))
        if mant >> (frac_bits + 1):
            mant >>= 1
            biased += 1
        frac = mant & ((1 << frac_bits) - 1)
    if biased >= max_exp:
        raise OverflowError(f"float too large to pack with {code} format")
    return (sign << (exp_bits + frac_bits)) | (biased << frac_bits) | frac


def _bits_float(bits, exp_bits, frac_bits):
    sign = -1.0 if bits >> (exp_bits + frac_bits) else 1.0
    biased = (bits >> frac_bits) & ((1 << exp_bits) - 1)
    frac = bits & ((1 << frac_bits) - 1)
    bias = (1 << (exp_bits - 1)) - 1
    if biased == (1 << exp_bits) - 1:
        return sign * _math.inf if frac == 0 else _math.nan
    if biased == 0:
        return sign * _math.ldexp(frac, 1 - bias - frac_bits)
    return sign * _math.ldexp(frac | (1 << frac_bits), biased - bias - frac_bits)


def _pack_float(c, v, order):
    # PyFloat_AsDouble's failure (no __float__ or __index__, an int too large) is "not a float"
    if not isinstance(v, float):
        convert = getattr(type(v), '__float__', None)
        if convert is None and getattr(type(v), '__index__', None) is not None:
            convert = lambda value: float(type(value).__index__(value))
        if convert is None:
            raise error("required argument is not a float")
        try:
            v = convert(v)
        except OverflowError:
            raise error("required argument is not a float") from None
    exp_bits, frac_bits = _FLOATS[c]
    if c == 'f' and order == '@' and _math.isfinite(v) and abs(v) >= _FLOAT_MAX:
        # the native packer casts to a C float, which a finite double too large for it makes infinite
        v = _math.copysign(_math.inf, v)
    bits = _float_bits(float(v), exp_bits, frac_bits, c)
    return bits.to_bytes((1 + exp_bits + frac_bits) // 8, _byteorder(order))


# halfway between the largest finite binary32 value and 2**128: a double from there on rounds to infinity (ties to even)
_FLOAT_MAX = (2 - 2 ** -24) * 2.0 ** 127


class Struct:
    """A compiled format: format, size, pack, pack_into, unpack, unpack_from, iter_unpack."""

    def __init__(self, format):
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self._order, self._native, self._items, self.size = _parse(format)
        self._nargs = sum(1 if c in 'sp' else count for c, count, _ in self._items if c != 'x')

    def __repr__(self):
        return '<_struct.Struct object at 0x%x>' % id(self)

    def pack(self, *values):
        if len(values) != self._nargs:
            raise error(f"pack expected {self._nargs} items for packing (got {len(values)})")
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        return bytes(out)

    def _pack_into(self, out, base, values):
        sizes = _NATIVE_SIZES if self._native else _STANDARD_SIZES
        k = 0
        for c, count, offset in self._items:
            pos = base + offset
            if c == 'x':
                continue
            if c in 'sp':
                v = values[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error(f"argument for '{c}' must be a bytes object")
                if c == 's':
                    data = bytes(v[:count])
                    out[pos:pos + len(data)] = data
                elif count:
                    data = bytes(v[:min(count - 1, 255)])
                    out[pos] = len(data)
                    out[pos + 1:pos + 1 + len(data)] = data
                continue
            size = sizes[c]
            for j in range(count):
                v = values[k]
                k += 1
                if c == 'c':
                    if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                        raise error("char format requires a bytes object of length 1")
                    data = bytes(v)
                elif c == '?':
                    data = b'\x01' if v else b'\x00'
                elif c in _FLOATS:
                    try:
                        data = _pack_float(c, v, self._order)
                    except OverflowError:
                        if isinstance(v, int):
                            raise error("int too large to convert") from None
                        raise
                else:
                    data = _pack_int(c, v, size, self._order, self._native)
                out[pos + j * size:pos + (j + 1) * size] = data

    def pack_into(self, buffer, offset, *values):
        try:
            view = _view(buffer)
        except TypeError:
            view = None
        if view is None or isinstance(view, bytes) or isinstance(view, memoryview) and view.readonly:
            raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
        buffer = view
        if len(values) != self._nargs:
            raise error(f"pack expected {self._nargs} items for packing (got {len(values)})")
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error(f"offset {offset} out of range for {len(buffer)}-byte buffer")
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for packing "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {len(buffer)})")
        out = bytearray(self.size)
        self._pack_into(out, 0, values)
        buffer[offset:offset + self.size] = out

    def _unpack(self, data, base):
        sizes = _NATIVE_SIZES if self._native else _STANDARD_SIZES
        order = _byteorder(self._order)
        result = []
        for c, count, offset in self._items:
            pos = base + offset
            if c == 'x':
                continue
            if c == 's':
                result.append(bytes(data[pos:pos + count]))
                continue
            if c == 'p':
                if count:
                    n = min(data[pos], count - 1)
                    result.append(bytes(data[pos + 1:pos + 1 + n]))
                else:
                    result.append(b'')
                continue
            size = sizes[c]
            for j in range(count):
                chunk = bytes(data[pos + j * size:pos + (j + 1) * size])
                if c == 'c':
                    result.append(chunk)
                elif c == '?':
                    result.append(chunk != b'\x00')
                elif c in _FLOATS:
                    exp_bits, frac_bits = _FLOATS[c]
                    result.append(_bits_float(int.from_bytes(chunk, order), exp_bits, frac_bits))
                else:
                    result.append(int.from_bytes(chunk, order, signed=c in _SIGNED))
        return tuple(result)

    def unpack(self, buffer):
        buffer = _view(buffer)
        if len(buffer) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = _view(buffer)
        size = len(buffer)
        if offset < 0:
            if offset + size < 0:
                raise error(f"offset {offset} out of range for {size}-byte buffer")
            offset += size
        if size - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking "
                        f"{self.size} bytes at offset {offset} (actual buffer size is {size})")
        return self._unpack(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = _view(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return (self._unpack(buffer, i) for i in range(0, len(buffer), self.size))


def _view(buffer):
    """buffer's bytes, indexed byte by byte: bytes and bytearray as they are, any other exporter of
    the buffer protocol (memoryview, array, ...) through a view cast to unsigned bytes."""
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    try:
        view = memoryview(buffer)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'") from None
    return view if view.format == 'B' and view.ndim == 1 else view.cast('B')


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    """The size in bytes of what format packs."""
    return _struct(format).size


def pack(format, *values):
    """The bytes of values packed by format."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    """Packs values by format into the writable buffer at offset."""
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """The tuple of values format unpacks from buffer (exactly calcsize(format) bytes)."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """The tuple of values format unpacks from buffer at offset."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """An iterator of the tuples format unpacks from consecutive chunks of buffer."""
    return _struct(format).iter_unpack(buffer)


# Frames that CPython runs in C leave no traceback entry: struct is _struct, written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals(), module='_struct')
del _pyheap_c
