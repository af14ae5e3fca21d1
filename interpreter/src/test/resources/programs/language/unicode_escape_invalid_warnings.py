# The unicode_escape codec keeps an unknown escape as it is and decodes an octal escape past \377 to
# its code point, and warns once per decoding, for the first of them: "invalid escape sequence '\q'"
# or "invalid octal escape sequence '\777'" (a DeprecationWarning naming the caller's line). A
# decoding that fails warns nothing.
import warnings

def decode(data, errors="strict"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            text = data.decode("unicode_escape", errors)
        except UnicodeDecodeError as e:
            text = "UnicodeDecodeError: " + str(e)
    print(repr(data), "->", ascii(text), [(w.category.__name__, str(w.message), w.lineno) for w in caught])

decode(b"plain \\n text")
decode(b"a\\qb")
decode(b"\\8 then \\9")
decode(b"\\d\\777")
decode(b"\\777 and \\q")
decode(b"\\400")
decode(b"\\377")
decode(b"\\1234")
decode(b"\\\xe9")
decode(b"\\q and \\x4")
decode(b"\\q and \\x4", "replace")
decode(b"\\q and \\x4", "ignore")
