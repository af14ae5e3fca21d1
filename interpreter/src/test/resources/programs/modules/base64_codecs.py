# base64 and binascii: Base64 (standard, URL-safe, altchars, lines of 76), Base32 (with casefold and
# map01), Base16, hexlify with a separator, crc32, and CPython's errors: bad padding, digits
# outside the alphabet (skipped, or refused with validate=True), str where bytes are needed.
import base64
import binascii

data = b"pyheap: CPython's memory manager \xff\xfe\x00"
for name in ["b64encode", "urlsafe_b64encode", "b32encode", "b32hexencode", "b16encode"]:
    encoded = getattr(base64, name)(data)
    decoded = getattr(base64, name.replace("encode", "decode"))(encoded)
    print(name, encoded, decoded == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/8=", altchars="-_"))
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8"[:-3] + b"=="), base64.b16decode("0aff", casefold=True))
print(base64.b32decode("mfrgg===", casefold=True), base64.b32decode("MFRGG1Y=", map01="L"))
print(base64.encodebytes(bytes(range(64))))
print(base64.decodebytes(b"AAEC\nAwQF\n"), base64.standard_b64decode(base64.standard_b64encode(b"x")))
print(binascii.hexlify(b"\x01\xab\xcd"), binascii.hexlify(b"\x01\xab\xcd", ":"), binascii.unhexlify("01abcd"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
for call in [lambda: base64.b64decode("aGVsbG8"), lambda: base64.b64decode("a"),
             lambda: base64.b64decode("aGV!sbG8=", validate=True), lambda: base64.b64decode("aGVs=bG8=", validate=True),
             lambda: base64.b64encode("text"), lambda: base64.b64decode(42), lambda: base64.b64decode("é"),
             lambda: base64.b32decode("MFRGG"), lambda: base64.b32decode("MFRG!==="), lambda: base64.b16decode("0g"),
             lambda: base64.encodebytes("x"), lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
