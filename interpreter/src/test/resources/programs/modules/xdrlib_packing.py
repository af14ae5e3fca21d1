# xdrlib (deprecated in 3.11: its import warning): Packer's every pack_* in XDR's big-endian
# 4-byte units, struct's errors as ConversionError, Unpacker reading the buffer back, positions,
# done() and EOFError on short data, list markers other than 0 and 1
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import xdrlib
print([str(x.message) for x in w])
p = xdrlib.Packer()
for call in [lambda: p.pack_uint(-1), lambda: p.pack_int(2**31), lambda: p.pack_fstring(-1, b''),
             lambda: p.pack_uint('x'), lambda: p.pack_farray(2, [1], p.pack_int), lambda: p.pack_uhyper(2**64),
             lambda: p.pack_double('x')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
p.reset()
p.pack_bool(3); p.pack_bool(0); p.pack_uhyper(2**64 - 1); p.pack_hyper(-5); p.pack_float(1.5); p.pack_double(-2.25)
p.pack_string(b'abcde'); p.pack_list([1, 2], p.pack_int); p.pack_array([3], p.pack_uint); p.pack_opaque(b'x')
p.pack_fstring(2, b'xyz'); p.pack_enum(7); p.pack_farray(2, [b'a', b'bc'], p.pack_bytes)
buf = p.get_buffer()
print(buf.hex(), p.get_buf() == buf)
u = xdrlib.Unpacker(buf)
print(u.unpack_bool(), u.unpack_bool(), u.unpack_uhyper(), u.unpack_hyper(), u.unpack_float(), u.unpack_double())
print(u.unpack_string(), u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_uint), u.unpack_opaque(), u.unpack_fstring(2), u.unpack_enum(), u.unpack_farray(2, u.unpack_bytes))
print(u.get_position(), len(u.get_buffer()), u.done())
u.set_position(0)
print(u.unpack_int())
for data, call in [(b'\x00\x00\x00\x05ab', 'unpack_string'), (b'\x00\x00\x00\x02', 'done'), (b'\x00\x00\x00', 'unpack_uint'),
                   (b'\x00\x00\x00\x02', 'list'), (b'', 'unpack_double')]:
    u = xdrlib.Unpacker(data)
    try:
        print(u.unpack_list(u.unpack_int) if call == 'list' else getattr(u, call)())
    except (EOFError, xdrlib.Error) as e:
        print(type(e).__name__, repr(e), str(e))
print(repr(xdrlib.Error('m')), str(xdrlib.Error('m')), xdrlib.Error('m').msg, [c.__name__ for c in xdrlib.ConversionError.__mro__])
