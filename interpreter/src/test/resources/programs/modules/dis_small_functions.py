# dis output of small functions as a learner studies them: dis.dis of arithmetic, branches, loops,
# comprehensions (nested code objects), closures, try/except/finally with the exception table,
# with, f-strings, calls with keywords, unpacking, chained comparisons; get_instructions fields,
# code_info, Bytecode, stack_effect and opname tables.
import dis
import io
import re

def show(x):
    # code objects' reprs carry their address: masked
    buf = io.StringIO()
    dis.dis(x, file=buf)
    print(re.sub(r" at 0x[0-9a-f]+", " at 0x...", buf.getvalue()), end="")

def area(w, h=2):
    return w * h + 1

def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    return "pos" if n % 2 else "even"

def total(xs):
    s = 0
    for x in xs:
        if x is None:
            continue
        s += x
    return s

def squares(n):
    return [i * i for i in range(n) if i % 3]

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return None
    finally:
        print("done")

def read(path):
    with open(path) as f:
        return f.read()

def fmt(name, score):
    return f"{name!r:>10}: {score:.2f} ({len(name)})"

def calls(d):
    a, *rest = d.items()
    return sorted(rest, key=len, reverse=True), 0 < len(d) <= 10

for fn in [area, classify, total, squares, counter, safe_div, read, fmt, calls]:
    print("=" * 20, fn.__name__)
    show(fn)
for ins in dis.get_instructions(area):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target)
print(dis.code_info(classify))
bc = dis.Bytecode(squares)
print(bc.info().splitlines()[:3], [i.opname for i in bc][:6])
print(dis.stack_effect(dis.opmap["BINARY_OP"], 0), dis.stack_effect(dis.opmap["LOAD_CONST"], 0), dis.stack_effect(dis.opmap["POP_JUMP_FORWARD_IF_TRUE"], 1, jump=True))
print(dis.opname[100], dis.opmap["RETURN_VALUE"], len(dis.hasjrel) > 0, dis.HAVE_ARGUMENT, dis.cmp_op)
show("x = a + b * 2")
show(compile("for i in r: print(i)", "<s>", "exec"))
for args, kw in [((dis.opmap["POP_TOP"],), {}), ((dis.opmap["FOR_ITER"], 4), {}), ((dis.opmap["FOR_ITER"], 4), {"jump": True}),
                 ((dis.opmap["FOR_ITER"], 4), {"jump": False}), ((dis.opmap["BUILD_LIST"], 5), {}), ((dis.opmap["CALL_FUNCTION_EX"], 1), {}),
                 ((dis.opmap["MAKE_FUNCTION"], 9), {}), ((dis.opmap["UNPACK_EX"], 0x0102), {}), ((dis.opmap["POP_TOP"], 1), {}),
                 ((dis.opmap["LOAD_CONST"],), {}), ((dis.opmap["POP_TOP"],), {"jump": 1}), ((3,), {}), ((dis.opmap["LOAD_GLOBAL"], 3), {}),
                 (("x",), {})]:
    try:
        print(dis.opname[args[0]] if isinstance(args[0], int) else args[0], args[1:], kw, dis.stack_effect(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
