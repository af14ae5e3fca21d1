# sys.stdout.reconfigure as CPython 3.11's TextIOWrapper takes it: line_buffering and write_through
# are two flags changed one at a time; a new encoding resets errors to 'strict' unless given; errors
# alone keep the encoding; unknown and non-text codecs are LookupErrors naming codecs.open(); text
# is written through the stream's codec and error handler (ASCII with replace, backslashreplace,
# xmlcharrefreplace; surrogateescape turning lone surrogates back into their bytes); bytes written
# to sys.stdout.buffer come out unchanged between the texts.
import sys

out = sys.stdout
print(out.encoding, out.errors, sys.stderr.encoding, sys.stderr.errors)
print("escaped bytes back:", "\udcc3\udca9t\udcc3\udca9")
before = (out.line_buffering, out.write_through)
out.reconfigure(line_buffering=True)
print(before, (out.line_buffering, out.write_through))
out.reconfigure(write_through=False)
print(out.line_buffering, out.write_through)
out.reconfigure(line_buffering=False, write_through=True)
print(out.line_buffering, out.write_through)

out.reconfigure(encoding="ascii")
print(out.encoding, out.errors)
try:
    print("caf\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
for handler in ("replace", "backslashreplace", "xmlcharrefreplace", "ignore", "namereplace"):
    out.reconfigure(errors=handler)
    print(out.encoding, out.errors, "caf\u00e9 \u20ac5 \U0001f600")
out.reconfigure(encoding="latin-1", errors="strict")
print(out.encoding, out.errors, "plain ascii in latin-1")

for bad in ("no-such-codec", "hex", "rot13", "zlib"):
    try:
        out.reconfigure(encoding=bad)
    except LookupError as e:
        print("LookupError:", e)
for bad in ({"encoding": 8}, {"errors": b"strict"}):
    try:
        out.reconfigure(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    out.reconfigure("utf-8")
except TypeError as e:
    print("TypeError:", e)
print(out.encoding, out.errors)

out.reconfigure(encoding="UTF8", errors="strict")
print(out.encoding, out.errors)
try:
    print("lone \udcff")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
out.flush()
out.buffer.write(b"raw bytes \xc3\xa9\n")
out.reconfigure(errors="surrogateescape")
print("and text again \udcc3\udca9")
