# gettext.c2py, the Plural-Forms translator, on what a differential run against CPython's module
# found: C's comparison results compared again (no Python chaining), ! chains, ?: nested on either
# side, / as integer division, the tokens it refuses and its messages, the nesting limit of the
# generated code, a SyntaxError from an expression it lets through, and n given as a float (a
# DeprecationWarning, then the float's result), a str or None (TypeError).
import gettext
import warnings

EXPRESSIONS = [
    "n != 1",
    "n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2",
    "n==1 ? 0 : n==2 ? 1 : n<7 ? 2 : n<11 ? 3 : 4",
    "1 < 2 < n",
    "n < 5 == 1",
    "n == 2 != 0",
    "n > 1 > 0 < 2",
    "!n", "!!n", "!(n > 3) + 2",
    "n / 3 + n % 4 - 1",
    "n ? n > 2 ? 3 : 4 : 5",
    "(n ? 1 : 2) ? 3 : 4",
    "n || 0 && 1",
    "((((((((((n))))))))))",
]
for expression in EXPRESSIONS:
    plural = gettext.c2py(expression)
    print(expression, [plural(n) for n in (0, 1, 2, 3, 5, 11, 12, 21, 101)])

print("-- refused")
for expression in ["n ** 2", "1n", "n1", "x", "n +", "(n", "n)", "n ? 1", "n ? 1 : ", "",
                   "n == = 1", "n & 1", "n | 1", "n\n+1", "\u00e9", "n ; 1", "(" * 21 + "n" + ")" * 21,
                   "(" * 20 + "n" + ")" * 20, "n" + " + n" * 300, "n < 1 <= !(n)", "n ? 1 : 2 ?",
                   "!" * 5, "x" * 1001, "!(n > 3) + !!n * 2"]:
    try:
        plural = gettext.c2py(expression)
        print(repr(expression[:30]), "accepted", plural(3))
    except (ValueError, SyntaxError) as e:
        print(repr(expression[:30]), type(e).__name__, e)

print("-- n of other types")
plural = gettext.c2py("n != 1")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(plural(1.0), plural(2.5), plural(True), plural(0))
for warning in caught:
    print(warning.category.__name__, warning.message, warning.filename.endswith(".py"))
for value in ["1", None, [1]]:
    try:
        plural(value)
    except TypeError as e:
        print("TypeError:", e)
