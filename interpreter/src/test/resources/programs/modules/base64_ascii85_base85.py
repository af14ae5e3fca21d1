# base64's Ascii85 and Base85 codecs: a85encode's foldspaces, wrapcol, pad and adobe framing,
# a85decode's ignorechars and its errors (overflow, z or y inside a group, bad digits, a missing
# ~> end), b85encode/b85decode with padding and the bad-character position; binascii's crc_hqx
# and quoted-printable (b2a_qp/a2b_qp) beside them.
import base64, binascii

samples = [b"", b"\0", b"\0\0\0\0", b"    ", b"hi", b"Man is distinguished", bytes(range(250, 256)),
           b"\0\0\0\0    \0\0\0\0x"]
for data in samples:
    print(data[:12], base64.a85encode(data), base64.a85encode(data, foldspaces=True, pad=True),
          base64.b85encode(data), base64.b85encode(data, pad=True))
text = b"The quick brown fox jumps over the lazy dog, twice over."
for kw in ({"wrapcol": 10}, {"wrapcol": 1, "adobe": True}, {"wrapcol": 7, "adobe": True},
           {"adobe": True, "foldspaces": True}):
    enc = base64.a85encode(text, **kw)
    print(sorted(kw.items()), enc.count(b"\n"), enc[:24])
    assert base64.a85decode(enc, adobe=kw.get("adobe", False), foldspaces=kw.get("foldspaces", False)) == text
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode("z z", foldspaces=True))
print(base64.a85decode(b"y!!", foldspaces=True), base64.a85decode(b"9jqo\x00^", ignorechars=b"\x00"))
print(base64.b85decode("VPRomVE"), base64.b85decode(b"cXxL#aCvlSZ*DGca%T"), base64.b85decode(b""))
for bad in (lambda: base64.a85decode(b"uuuuu"), lambda: base64.a85decode(b"!z"),
            lambda: base64.a85decode(b"!!y", foldspaces=True), lambda: base64.a85decode(b"abc~>x", adobe=True),
            lambda: base64.a85decode(b"ab{cd"), lambda: base64.a85decode("é"),
            lambda: base64.b85decode(b"abc\"d"), lambda: base64.b85decode(b"|NsC0|NsC0~~~~~"),
            lambda: base64.a85encode("text"), lambda: base64.b85decode(3)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 7))
qp = binascii.b2a_qp(b"caf\xc3\xa9 = ok \t\nnext line_with_underscore \n" + b"x" * 80)
print(qp)
print(binascii.a2b_qp(qp) == b"caf\xc3\xa9 = ok \t\nnext line_with_underscore \n" + b"x" * 80)
print(binascii.b2a_qp(b"a b_c", header=True), binascii.a2b_qp(b"a_b=5Fc", header=True),
      binascii.b2a_qp(b"tab\there", quotetabs=True), binascii.b2a_qp(b"line\r\nend", istext=False))
