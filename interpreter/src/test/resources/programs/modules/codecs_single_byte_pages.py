# The single-byte code pages of Lib/encodings, EBCDIC ones included (cp037, cp500, cp1140, cp273),
# the DOS and Mac pages, Thai, Kazakh and the rest: names and aliases as codecs.lookup gives them,
# the bytes each encodes and decodes, the encodings.* modules, errors with their positions, and
# mac_arabic's upper half that repeats ASCII's punctuation (a character encodes to the last byte).
import codecs
import encodings.cp037
import encodings.tis_620

text = "Héllo, wörld! 0123 [x]"
for name in ["cp037", "cp500", "cp1140", "cp273", "cp1026", "cp424", "cp875", "cp720", "cp737", "cp775",
             "cp855", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp869",
             "cp874", "cp1006", "cp1125", "hp_roman8", "koi8_t", "kz1048", "mac_arabic", "mac_croatian",
             "mac_farsi", "mac_iceland", "mac_romanian", "mac_turkish", "palmos", "ptcp154", "tis_620"]:
    info = codecs.lookup(name)
    try:
        data = text.encode(name)
        back = data.decode(name)
        print(name, info.name, data.hex(), back == text)
    except UnicodeEncodeError as e:
        print(name, info.name, "UnicodeEncodeError", e.start, e.end, e.reason)
        print("   ", text.encode(name, "replace"), text.encode(name, "xmlcharrefreplace")[:40])

for alias in ["ebcdic-cp-us", "IBM037", "cp1140", "ibm500", "cp-gr", "thai", "tis620", "kz_1048", "rk1048",
              "maccroatian", "macturkish", "cyrillic-asian", "ibm858", "cp_is"]:
    try:
        print(alias, "->", codecs.lookup(alias).name)
    except LookupError as e:
        print(alias, "->", e)

print(encodings.cp037.getregentry().name, encodings.cp037.Codec().encode("AZ az"))
print(bytes(range(0x40, 0x50)).decode("cp037"))
print(bytes(range(0xa0, 0xb0)).decode("tis_620", "replace"))
print(" !\"#".encode("mac_arabic"), b"\x20\xa0".decode("mac_arabic"))
try:
    b"\xff".decode("tis_620")
except UnicodeDecodeError as e:
    print(e)
print(codecs.encode("Straße", "cp273"), codecs.decode(b"\xc1\xc2\xc3", "cp500"))
dec = codecs.getincrementaldecoder("cp037")()
print(dec.decode(b"\xc8\x85"), dec.decode(b"\x93\x93\x96", final=True))
