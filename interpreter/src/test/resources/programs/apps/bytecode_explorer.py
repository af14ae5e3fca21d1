# A whole application: a "compiler explorer" that studies the bytecode of its own small functions
# with dis (Bytecode, get_instructions, the opname/opmap tables, stack_effect, jump targets,
# exception tables as dis shows them), counts instruction kinds per function, finds the names and
# constants each function uses, compares code object attributes, and rewrites a code object with
# replace(); it shows what 3.11's compiler makes of loops, comprehensions, with, try, match and f-strings.
import dis
import io
from collections import Counter


def loop_sum(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i * i
    return total


def comprehension(words):
    return {w: len(w) for w in words if w.isalpha()}


def with_try(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as exc:
        return str(exc)
    finally:
        print("done")


def matcher(value):
    match value:
        case [x, y]:
            return x + y
        case {"k": v}:
            return v
        case int() if value > 0:
            return "positive"
        case _:
            return None


def fstring(name, width):
    return f"{name!r:>{width}} has {len(name)} chars"


def closure(a):
    def inner(b):
        nonlocal a
        a += b
        return a
    return inner


def generator(n):
    x = yield n
    yield from range(x or 0)


FUNCS = [loop_sum, comprehension, with_try, matcher, fstring, closure, generator]

for f in FUNCS:
    co = f.__code__
    ins = list(dis.get_instructions(f))
    kinds = Counter(i.opname for i in ins)
    jumps = sorted({i.argval for i in ins if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs})
    print(f"== {f.__name__}: {len(ins)} instructions, stacksize {co.co_stacksize}, flags {dis.pretty_flags(co.co_flags)}")
    print("   top:", kinds.most_common(4))
    print("   names:", co.co_names, "varnames:", co.co_varnames, "cell/free:", co.co_cellvars, co.co_freevars)
    print("   consts:", [c if not hasattr(c, "co_name") else f"<code {c.co_name}>" for c in co.co_consts])
    print("   jump targets:", jumps, "line starts:", sorted({i.starts_line for i in ins if i.starts_line}))

out = io.StringIO()
dis.dis(loop_sum, file=out)
print(out.getvalue())
out = io.StringIO()
dis.dis(matcher, file=out)
lines = out.getvalue().splitlines()
print("\n".join(lines[:24]))
print("...", len(lines), "lines")
bc = dis.Bytecode(with_try)
text = bc.dis()
print("with_try exception table present:", "ExceptionTable" in text, text.count("PUSH_EXC_INFO"), text.count("RERAISE"))
print(bc.info().splitlines()[:6])
out = io.StringIO()
dis.dis(comprehension, file=out)
print("\n".join(l for l in out.getvalue().splitlines() if "MAP_ADD" in l or "LOAD_FAST" in l))
inner = closure(1)
print("closure code:", [i.opname for i in dis.get_instructions(inner)][:6], inner.__code__.co_freevars)
print("stack effects:", dis.stack_effect(dis.opmap["BINARY_OP"], 0), dis.stack_effect(dis.opmap["BUILD_LIST"], 3),
      dis.stack_effect(dis.opmap["POP_TOP"]), dis.stack_effect(dis.opmap["CALL"], 2))
print("opmap:", dis.opmap["LOAD_CONST"], dis.opmap["RETURN_VALUE"], dis.opname[dis.opmap["BINARY_OP"]], len(dis.cmp_op), dis.HAVE_ARGUMENT)
print("binary ops:", [name for _, name in dis._nb_ops[:6]] if hasattr(dis, "_nb_ops") else None)
co = loop_sum.__code__
patched = co.replace(co_consts=tuple(5 if c == 3 else c for c in co.co_consts), co_name="loop_sum5")
f5 = type(loop_sum)(patched, globals())
print("replaced consts:", loop_sum(20), f5(20), f5.__code__.co_name, f5.__name__, patched == co, co.co_qualname)
print("code facts:", co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_firstlineno,
      len(co.co_code) % 2 == 0, co.co_filename == __file__.split("/")[-1] or co.co_filename.endswith("bytecode_explorer.py"))
src = "a = [x * 2 for x in range(3)]\nprint(a)"
mod_code = compile(src, "<explore>", "exec")
print([i.opname for i in dis.get_instructions(mod_code)])
print(list(dis.findlinestarts(mod_code)), dis.code_info(mod_code).splitlines()[:3])
