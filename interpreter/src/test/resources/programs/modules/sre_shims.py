# sre_constants, sre_parse, sre_compile: the deprecated shims of 3.11 (their DeprecationWarning on
# import), the engine's named codes (OPCODES, ATCODES, CHCODES, MAXREPEAT's repr, the case and
# locale maps), the flags, sre_parse's character classes and fix_flags, sre_compile.compile
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import sre_constants, sre_parse, sre_compile
print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(sre_constants.MAGIC, sre_constants.MAXREPEAT, int(sre_constants.MAXREPEAT), sre_constants.MAXGROUPS)
print(sre_constants.OPCODES[:5], sre_constants.LITERAL + 0, repr(sre_constants.IN), sre_constants.MIN_REPEAT + 0, sre_constants.MAX_REPEAT + 0)
print(sre_constants.CH_UNICODE[sre_constants.CATEGORY_WORD], sre_constants.AT_MULTILINE)
print(sre_constants.error is __import__('re').error, sre_parse.error is sre_constants.error)
print(sre_parse.SPECIAL_CHARS, sorted(sre_parse.DIGITS), sre_parse.FLAGS, sre_parse.TYPE_FLAGS)
print(sre_compile.compile('a+b', sre_constants.SRE_FLAG_IGNORECASE).match('AAb'), sre_compile.isstring(b'x'), sre_compile.MAXCODE)
print(sre_parse.fix_flags('x', 0), sre_parse.fix_flags(b'x', 0))
for f in [lambda: sre_parse.fix_flags('x', 4), lambda: sre_parse.fix_flags('x', 256 | 32), lambda: sre_parse.fix_flags(b'x', 32)]:
    try:
        f()
    except ValueError as e:
        print(e)
