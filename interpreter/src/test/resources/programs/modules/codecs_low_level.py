# _codecs' low-level functions: the NAME_encode/NAME_decode pairs of the built-in codecs (their
# (output, consumed) results, final=False holding back a cut character, errors), utf_16/utf_32 with
# a byte order and their _ex_decode forms (the byte order found), readbuffer_encode, the TypeError
# of a non-str argument.
import _codecs
print(_codecs.utf_8_encode('aé€'), _codecs.utf_8_decode(b'a\xc3\xa9\xe2\x82'), _codecs.utf_8_decode(b'a\xc3', 'replace', True))
print(_codecs.latin_1_encode('aé'), _codecs.latin_1_decode(b'a\xe9'), _codecs.ascii_encode('ab'), _codecs.ascii_decode(b'a\xff', 'replace'))
print(_codecs.utf_16_encode('ab'), _codecs.utf_16_encode('ab', None, 1), _codecs.utf_16_le_encode('a'), _codecs.utf_16_be_decode(b'\x00a\x00'))
print(_codecs.utf_16_decode(b'\xfe\xff\x00a\x00'), _codecs.utf_16_ex_decode(b'\xff\xfea\x00'), _codecs.utf_16_ex_decode(b'a\x00', None, 0, True))
print(_codecs.utf_32_encode('a'), _codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b'), _codecs.utf_32_ex_decode(b'\x00\x00\x00a', 'strict', 1))
print(_codecs.unicode_escape_encode('a\n\xe9'), _codecs.unicode_escape_decode(b'a\\n'), _codecs.raw_unicode_escape_encode('\u20ac'), _codecs.raw_unicode_escape_decode(b'\\u20ac'))
print(_codecs.readbuffer_encode(b'ab'), _codecs.readbuffer_encode('é'), _codecs.utf_8_decode(bytearray(b'xy')))
for f in (lambda: _codecs.utf_8_encode(b'x'), lambda: _codecs.latin_1_encode(3), lambda: _codecs.utf_8_decode(b'\xff')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
