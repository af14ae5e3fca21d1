# The argument errors of functions CPython writes in C, each in the words of the parser that C
# function uses: Argument Clinic (the total count first, then positional counts, a required
# argument missing, one given by name and position, an unknown keyword; "None" named as None),
# PyArg_ParseTuple's "takes at least/at most", _PyArg_CheckPositional's "expected ... got",
# METH_O's "takes exactly one argument" (qualified by type or C module), keyword-less methods'
# "takes no keyword arguments"; library functions that stand for C ones (heapq, operator, bisect,
# itertools) answer the same way. Also pow/round/sum by keyword, exec's closure.
import bisect, heapq, itertools, math, operator, types

calls = [
    "sum()", "sum([], 0, 1)", "sum([], start=0, x=1)", "sum([1, 2], start=10)", "sum(iterable=[1])",
    "pow(1)", "pow(base=2, exp=10)", "pow(2, exp=5, mod=7)", "pow(base=2, exp=3, mod=None, z=1)",
    "round(number=2.675, ndigits=2)", "round(number=1.5, ndigits=1, x=1)", "round()",
    "min([], default=1, key=None, x=2)", "max(1, 2, key=None, default=3)", "min()",
    "str(b'a', 1)", "str(b'a', 'utf-8', None)", "str(object='a', encoding='x', errors='y', z=1)", "str(1, object=2)",
    "complex(real=1, imag=2, x=3)", "complex(1, real=2)", "super(1, 2, 3)", "aiter()", "float.fromhex()",
    "exec()", "eval('1', globals={})", "exec('1', globals={})", "exec('1', {}, {}, {})",
    "'abc'.count()", "'abc'.find(1, 2, 3, 4)", "'abc'.startswith()", "b'abc'.index()",
    "'abc'.split(None, None, zz=1)", "'abc'.split(None, sep=None)", "'a b'.split(maxsplit=0)",
    "'abc'.encode(encoding=None)", "'abc'.encode(errors=3)", "b'abc'.decode(None, encoding=None)",
    "'abc'.splitlines(keepends=None)", "'a\\nb'.splitlines(keepends=1)", "'abc'.expandtabs(None, tabsize=None)",
    "'abc'.translate()", "b'abc'.translate()", "b'abc'.translate(table=None)", "b'abc'.translate(None, delete=b'b')",
    "b'abc'.hex(None, None, zz=1)", "bytes.fromhex()", "bytearray.fromhex('00', 1)",
    "[3, 1, 2].sort(1, zz=1)", "[3, 1, 2].sort(None, None, zz=1)", "[3, 1, 2].sort(1)",
    "{}.update(1, 2)", "(7).to_bytes(None, length=None)", "(7).to_bytes(byteorder=None)",
    "int.from_bytes(zz=1)", "int.from_bytes(b'\\x01', byteorder=None)", "int.from_bytes(bytes=b'\\x01\\x00', byteorder='little')",
    "heapq.heapify()", "heapq.heappush(1, zz=1)", "heapq.heappop(1, 2)", "heapq.heappush([])",
    "operator.add(1)", "operator.add(zz=1)", "operator.not_()", "operator.invert(1, 2)", "operator.itemgetter()",
    "bisect.bisect()", "bisect.bisect(1, zz=1)", "bisect.insort([], 1, 0, 1, None, 5)", "bisect.bisect([1, 2], x=2, lo=1)",
    "itertools.permutations()", "itertools.permutations(1, zz=1)", "itertools.count(1, 2, 3)",
    "itertools.chain(zz=1)", "itertools.repeat()", "itertools.combinations([1], r=1, x=1)",
    "math.prod()", "math.prod([1], 2)", "math.prod(iterable=[1])", "math.prod([2, 3], start=2)",
    "math.isclose()", "math.isclose(1, zz=1)", "math.isclose(a=1, b=1.0000000001)", "math.isclose(1, 2, 3)",
]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)

def outer():
    x = 5
    def inner():
        return x
    return inner

code = outer().__code__
for args, kwargs in [((code,), {}), ((code, {}), {"closure": (types.CellType(1),)}),
                     ((code,), {"closure": (1,)}), (("1",), {"closure": ()}), (("1",), {"closure": None})]:
    try:
        print(exec(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
try:
    eval(code)
except TypeError as e:
    print("TypeError:", e)
