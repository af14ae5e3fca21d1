# The argument errors of module functions CPython writes in C, by each one's calling convention
# (its ml_flags) before its own parsing: METH_NOARGS's "takes no arguments (N given)", METH_O's
# "takes exactly one argument (N given)", keywords refused by a METH_O/METH_NOARGS/METH_FASTCALL
# function named with its module (math.sqrt(), time.time(), posix.getpid(), gc.isenabled()) and
# by its bare name for METH_VARARGS (math.log's "log() takes no keyword arguments"); then the
# function's own count checks: _PyArg_CheckPositional's "expected 2 arguments, got 1",
# PyArg_ParseTuple's "takes at most 1 argument (2 given)" (time.gmtime, time.strftime), and
# math.log's own; library functions that stand for C ones (cmath, marshal, struct, bisect) name
# the C module and the function as CPython's do. time's time_t converter (a float floored, else
# __index__); _weakref._remove_dead_weakref's dict argument; os's C int and Py_ssize_t arguments
# (huge ints refused with OverflowError, None with __index__'s TypeError); the methods of the
# types of C modules named by the type's __qualname__ (deque.append, Random.random), without its
# module.
import _random, _weakref, bisect, cmath, collections, gc, marshal, math, os, struct, sys, time

calls = [
    "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=4)", "math.floor(1.5, x=1)", "math.fabs(1, 2)",
    "math.atan2(1)", "math.atan2(1, 2, 3)", "math.atan2(y=1, x=2)", "math.pow(2)", "math.copysign(1, y=2)",
    "math.gcd(a=1)", "math.hypot(x=1)", "math.comb(n=5, k=2)", "math.perm()", "math.dist([1], q=[2])",
    "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.log(8, base=2)",
    "time.time(1)", "time.time(x=1)", "time.monotonic(None)", "time.perf_counter_ns(x=1)",
    "time.gmtime(None, 1)", "time.localtime(1, 2)", "time.ctime(1.5, x=1)", "time.strftime()",
    "time.strftime('%Y', None, 1)", "time.asctime(1, 2)", "time.mktime()", "time.mktime(x=1)",
    "time.localtime('x')", "time.gmtime([])", "time.ctime(2 ** 100)", "time.gmtime(float('nan'))",
    "os.getpid(1)", "os.getcwd(x=1)", "os.getppid(None)", "os.fspath()", "os.fspath(1)",
    "gc.isenabled(1)", "gc.is_tracked()", "gc.is_tracked(obj=1)", "gc.get_count(x=1)",
    "sys.getrecursionlimit(1)", "sys.getrefcount()", "sys.intern()", "sys.intern(string='a')",
    "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.exp(z=1)", "cmath.phase(1, 2)", "cmath.isfinite(z=1)",
    "cmath.log()", "cmath.isclose(1)",
    "marshal.loads()", "marshal.loads(b'', x=1)",
    "struct.calcsize()", "struct.calcsize(x='i')",
    "bisect.bisect()", "bisect.bisect(1, zz=1)",
    "_weakref._remove_dead_weakref(None, 1)", "_weakref._remove_dead_weakref([], 1)", "_weakref._remove_dead_weakref({}, 1)",
    "_weakref._remove_dead_weakref({})", "_weakref._remove_dead_weakref({}, key=1)",
    "os.urandom(None)", "os.urandom(-1)", "os.urandom(2 ** 100)", "len(os.urandom(3))",
    "os.strerror(2 ** 100)", "os.strerror('x')", "os.strerror(1.5)", "os.strerror()",
    "collections.deque().append(x=1)", "collections.deque().popleft(1)", "collections.deque().rotate(x=1)",
    "_random.Random().random(1)", "_random.Random().getrandbits(x=1)", "_random.Random().getstate(1)",
]
for call in calls:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', f'{type(e).__name__}: {e}')
