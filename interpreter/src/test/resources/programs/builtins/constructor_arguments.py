# Argument errors of the built-in constructors called with positional arguments and keywords (the
# checks of their vectorcalls: _PyArg_NoKwnames, _PyArg_CheckPositional), and what they build.
print(list(range(3)), tuple("ab"), dict([(1, 2)], a=3), set([1]), frozenset([2]), float("1.5"), bool(0), bool([1]))
print(range(1, 5, 2), range(3), list(), tuple(), dict(), set(), frozenset(), float(), bool())
calls = ["list(1, 2)", "list(a=1)", "tuple(1, 2)", "tuple(x=1)", "dict(1, 2)", "set(a=1)", "set(1, 2)",
         "frozenset(1, 2)", "frozenset(a=1)", "float(1, 2)", "float(x=1)", "bool(1, 2)", "bool(x=1)", "range()",
         "range(1, 2, 3, 4)", "range(a=1)", "range(1, 2, 0)", "range(1.5)", "list(5)", "dict([1])", "dict([(1, 2, 3)])",
         "float('x')", "float([])", "set([[]])"]
for call in calls:
    try:
        eval(call)
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__, e)
