# dis.get_instructions and dis.Bytecode: Instruction fields (argval, argrepr, offsets, starts_line,
# jump targets, positions), show_caches, first_line, code_info, findlinestarts, findlabels and the
# opcode tables.
import dis, opcode

def f(a, b=2, *args, c, **kw):
    x = a.attr
    if x is None:
        return [a, b, c]
    return {"k": x}.get(a, b)

for ins in dis.get_instructions(f):
    print(ins.offset, ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr),
          ins.starts_line, ins.is_jump_target, tuple(ins.positions))
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
bc = dis.Bytecode(f, first_line=100)
print(repr(bc).startswith("Bytecode(<function f at "), bc.first_line)
print(bc.dis())
print(dis.code_info(f))
print(len([i for i in dis.get_instructions(f, show_caches=True) if i.opname == "CACHE"]))
print(dis.Bytecode("x.y(1, k=2)").dis())
print(opcode.opmap["LOAD_CONST"], opcode.opname[100], opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG)
print(opcode.cmp_op, opcode.hasjabs, opcode.hascompare, sorted(opcode.hasfree))
print(opcode.opname[1:12], len(opcode.opname), len(opcode.opmap))
print(dis.Positions(1, 2, 3, 4), dis.Instruction._fields)
ins = next(iter(dis.Bytecode("a")))
print(ins)
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
class K:
    def m(self):
        return self
    def n(self, v):
        self.v = v
dis.dis(K)
