# The SyntaxWarnings CPython 3.11's compiler emits, from source compiled at run time with
# compile() (printed to stderr with the "<file>" and line) and caught as warnings: assert on a
# tuple, calling a literal (missed comma), subscripting a literal, "is" with a literal, invalid
# escape sequences (DeprecationWarning), and the same warnings turned into SyntaxErrors.
import warnings

sources = {
    "assert tuple": "x = 1\nassert (x, 'message')\n",
    "call tuple": "pairs = [(1, 2) (3, 4)]\n",
    "call str": "names = ['a' 'b', 'c' ('d')]\n",
    "call int": "v = 5(2)\n",
    "subscript int": "v = 5[0]\n",
    "subscript set": "v = {1, 2}[0]\n",
    "index with tuple": "v = [1, 2][1, 2]\n",
    "index with str": "v = [1, 2]['a']\n",
    "is literal": "x = 3\nprint(x is 'a', x is not ())\n",
    "invalid escape": "p = '\\d+\\.\\w'\n",
    "return in finally": "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "fine": "x = [(1, 2), (3, 4)]\n",
}
for label, src in sources.items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, f"<{label}>", "exec")
            status = "compiled"
        except SyntaxError as e:
            status = f"SyntaxError {e.msg}"
    print(f"{label}: {status}; {[(w.category.__name__, str(w.message), w.lineno) for w in caught]}")

print("-- as errors")
for label in ["assert tuple", "call tuple", "is literal", "invalid escape", "subscript set"]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(sources[label], f"<{label}>", "exec")
            print(label, "compiled")
        except SyntaxError as e:
            print(label, "SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text), e.filename)
        except DeprecationWarning as e:
            print(label, "DeprecationWarning:", e)

print("-- printed by the default filter")
compile(sources["call tuple"], "printed.py", "exec")
compile(sources["assert tuple"], "printed.py", "exec")
exec(sources["is literal"])
