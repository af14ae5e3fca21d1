# A tiny stack VM whose instructions are dispatched with match: class patterns with
# positional and keyword sub-patterns, or-patterns, as-patterns, guards, sequence patterns with
# star captures, mapping patterns with **rest, and value patterns on dotted names.
from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"


@dataclass
class Push:
    value: object


@dataclass
class Bin:
    op: Op


@dataclass
class Jump:
    target: int
    when: str = "always"


def run(program, trace=False):
    stack, pc, steps = [], 0, 0
    while pc < len(program):
        steps += 1
        if steps > 100:
            return "too many steps"
        ins = program[pc]
        pc += 1
        match ins:
            case Push(value=int() | float() as v) if v >= 0:
                stack.append(v)
            case Push(value=int(v)):
                stack.append(-v if v < 0 else v)
                if trace:
                    print("  abs of negative", v)
            case Push(value=str(s)):
                stack.append(len(s))
            case Bin(op=Op.ADD | Op.SUB as o):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if o is Op.ADD else a - b)
            case Bin(Op.MUL):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case Bin(Op.DIV) if stack and stack[-1] == 0:
                return "division by zero at %d" % (pc - 1)
            case Bin(Op.DIV):
                b, a = stack.pop(), stack.pop()
                stack.append(a / b)
            case Jump(target=t, when="always"):
                pc = t
            case Jump(t, "nonzero") if stack.pop() != 0:
                pc = t
            case Jump():
                pass
            case ("dup",):
                stack.append(stack[-1])
            case ("swap", *_):
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case {"print": label, **rest}:
                print(f"  {label}: {stack[-1]!r} extra={sorted(rest)}")
            case [*_]:
                return f"bad sequence {ins!r}"
            case _:
                return f"unknown {type(ins).__name__}"
    return stack


Op.__match_args__ = ()
Bin.__match_args__ = ("op",)
Jump.__match_args__ = ("target", "when")

print(run([Push(2), Push(3), Bin(Op.ADD), Push(4), Bin(Op.MUL)]))
print(run([Push(-5), Push("abc"), Bin(Op.SUB)], trace=True))
print(run([Push(1), Push(0), Bin(Op.DIV)]))
print(run([Push(1.5), ("dup",), Bin(Op.MUL), {"print": "sq", "x": 1, "a": 2}]))
print(run([Push(3), Push(4), ("swap",), Bin(Op.SUB)]))
print(run([Push(3), ("bogus", 1)]))
print(run([3]))
print(run([Push(3), Push(1), Bin(Op.SUB), ("dup",), Jump(1, "nonzero"), Push(10)]))
print(run([Jump(0)]))
print(Bin(Op.MUL), Jump(3))
