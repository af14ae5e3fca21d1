# The bytes/bytearray methods shared through bytes_methods.c and stringlib: case, is*, split family,
# strip, find/count with ints and ranges, affixes, padding, translate/maketrans, hex/fromhex, results
# that are the receiver itself, and the methods' argument errors.
b = b"hello world"
print(b.upper(), b.lower(), b.title(), b.capitalize(), b"hELLo".swapcase(), b.split(), b.replace(b"o", b"0"), b.find(b"w"), b.find(111), b.rfind(b"o"))
print(b.count(b"o"), b.count(108), b.index(b"w"), b.rindex(b"l"), b.startswith(b"he"), b.endswith((b"x", b"ld")), b.startswith(bytearray(b"h")))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b" a b ".split(maxsplit=1), b"l1\nl2\r\nl3".splitlines(), b"x\r\ny\n".splitlines(keepends=True))
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"abc".partition(b"x"), b"  x  ".strip(), b"xxaxx".strip(b"x"), b"  x ".lstrip(), b" x  ".rstrip())
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"ab".center(7, b"*"), b"ab".ljust(4) + b"|", b"ab".rjust(4), b"-42".zfill(6), b"a\tb".expandtabs(4))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
print(b"\x00\xff".hex(), b"abcdef".hex(":"), b"abcdef".hex(":", 2), b"abcdef".hex(b"-", -4), bytes.fromhex("41 42ff"), bytearray.fromhex("4142"))
print(b"Ab1".isalnum(), b"Ab".isalpha(), b"12".isdigit(), b" \t".isspace(), b"\x80".isascii(), b"AB".isupper(), b"ab1".islower(), b"Hello World".istitle(), b"".isalpha())
ba = bytearray(b"hello")
print(b"%s %d %x %c %c %r %a %5.2f %b" % (b"x", 42, 255, 65, b"z", b"q", "\xe9", 3.14159, bytearray(b"ba")), bytearray(b"%s!") % b"y", b"%(k)s" % {b"k": b"v"})
print(b"abc".decode(encoding="ascii"), b"ab".hex(sep=":"), b"a b".split(sep=None), b"".join([]), b"abc".split(b"b", maxsplit=0))
x = b"same"
for bad in ["b'a'.startswith('a')", "b'a'.startswith(('a',))", "b'a'.find('a')", "b'a'.find(300)", "b'a'.index(b'z')", "b'a'.center(3, 'x')", "b'a'.center(3, b'xy')",
 "b'a'.split('a')", "b'a'.split(b'')", "b'a'.strip('a')", "b'a'.partition('a')", "b'a'.partition(b'')", "b''.join([b'a', 'b'])", "b'a'.replace('a', b'b')",
 "b'a'.translate(b'ab')", "bytes.maketrans(b'a', b'bc')", "bytes.fromhex('4g')", "bytes.fromhex('41 4')", "b'a'.removeprefix('a')", "b'abc'.hex(':', 0)",
 "b'a'.count(None)", "bytearray(b'a').find('a')", "b'a'.zfill('x')", "bytes.fromhex(1)", "b'a'.hex('::')", "b'a'.endswith(1)", "b'a'.join([1])",
 "b'a'.upper(1)"]:
    try:
        print(bad, '->', repr(eval(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
