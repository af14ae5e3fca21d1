# an Advent-of-Code style VM: parse instructions with match, detect the infinite loop, repair by swapping one op
PROGRAM = """nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6"""

def parse(text):
    out = []
    for line in text.splitlines():
        op, arg = line.split()
        out.append((op, int(arg)))
    return out

def run(code):
    acc = pc = 0
    seen = set()
    while pc < len(code):
        if pc in seen:
            return "loop", acc
        seen.add(pc)
        match code[pc]:
            case ("acc", n):
                acc += n
                pc += 1
            case ("jmp", n):
                pc += n
            case ("nop", _):
                pc += 1
            case other:
                raise ValueError(f"bad instruction {other}")
    return "halt", acc

code = parse(PROGRAM)
print(run(code))
for i, (op, arg) in enumerate(code):
    if op == "acc":
        continue
    patched = code.copy()
    patched[i] = ({"jmp": "nop", "nop": "jmp"}[op], arg)
    state, acc = run(patched)
    if state == "halt":
        print(f"fixed line {i}: {op}->{patched[i][0]}, acc={acc}")
        break
try:
    run([("mul", 2)])
except ValueError as e:
    print(e)
from collections import Counter
print(Counter(op for op, _ in code).most_common())
