# The single-byte codecs (cp1252, cp437, the ISO 8859 family, mac_roman, koi8_r, ...): every byte
# decoded, text encoded with each error handler, CPython's UnicodeEncodeError/UnicodeDecodeError
# messages and attributes (the codec is named 'charmap'), and codecs.lookup's names for the aliases.
import codecs
import zlib

NAMES = ['cp437', 'cp850', 'cp852', 'cp866', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256',
         'cp1257', 'cp1258', 'iso8859_2', 'iso8859-5', 'ISO-8859-7', 'iso8859_8', 'iso8859_11', 'iso8859_15',
         'iso8859_16', 'latin2', 'latin9', 'mac_roman', 'macroman', 'mac-cyrillic', 'mac_greek', 'mac_latin2',
         'koi8_r', 'KOI8-U', 'windows-1252', 'ibm437', 'cyrillic', 'greek', 'hebrew', 'arabic', 'thai']
for name in NAMES:
    decoded = bytes(range(256)).decode(name, 'replace')
    undefined = [b for b in range(256) if decoded[b] == '\ufffd']
    back = decoded.encode(name, 'ignore')
    print('%-14s %-12s %08x undefined=%s roundtrip=%d' % (name, codecs.lookup(name).name,
                                                      zlib.crc32(decoded.encode('utf-8')),
                                                      ' '.join('%x' % b for b in undefined) or '-', len(back)))

text = 'Grüße, €5 — naïve café ‘quoted’ Ωμέγα ж 🙂'
for name in ['cp1252', 'cp437', 'iso8859_15', 'mac_roman', 'koi8_r', 'iso8859_7']:
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        print(name, errors, text.encode(name, errors))
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print(name, type(e).__name__, e, e.encoding, e.start, e.end, e.reason)

for name, data in [('cp1252', b'ok \x81\x8d\x8f\x90\x9d end'), ('cp437', bytes(range(0xf8, 0x100))),
                   ('iso8859_3', b'\xa5\xae\xbe'), ('iso8859_11', b'\xdb\xdc\xdd\xde\xfc'), ('cp1253', b'\xaa\xd2\xff')]:
    for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        print(name, errors, ascii(data.decode(name, errors)))
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(name, type(e).__name__, e, e.encoding, e.start, e.end, e.reason)

s = 'caf\udce9'
print(s.encode('cp1252', 'surrogateescape'), str(b'caf\xe9', 'cp1252'), bytes('naïve', 'cp437'))
try:
    'x\ud800'.encode('cp1252', 'surrogatepass')
except UnicodeEncodeError as e:
    print(e)
print(codecs.encode('€', 'cp1252'), codecs.decode(b'\x80', 'cp1252'), codecs.lookup('CP1252').name, codecs.lookup('LATIN2').name)
try:
    codecs.lookup('cp9999')
except LookupError as e:
    print('LookupError', e)
try:
    b'x'.decode('cp9999')
except LookupError as e:
    print('LookupError', e)
