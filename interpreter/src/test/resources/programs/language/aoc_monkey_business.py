# Advent of Code 2022 day 11 ("Monkey in the Middle") on the puzzle's example: monkeys parsed
# from paragraphs with regular expressions, operations compiled to lambdas with operator, rounds
# with relief division, then 10000 rounds kept small by the product of the divisors (math.lcm).
import re, math, operator
from dataclasses import dataclass, field
from collections import deque

NOTES = """\
Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1
"""

OPS = {"+": operator.add, "*": operator.mul}

@dataclass
class Monkey:
    items: deque
    op: object
    divisor: int
    targets: tuple
    inspected: int = field(default=0, compare=False)

def parse(text):
    monkeys = []
    for block in text.strip().split("\n\n"):
        items = deque(map(int, re.search(r"items: (.*)", block).group(1).split(", ")))
        sym, arg = re.search(r"new = old (.) (\w+)", block).groups()
        fn = OPS[sym]
        op = (lambda old, fn=fn: fn(old, old)) if arg == "old" else (lambda old, fn=fn, n=int(arg): fn(old, n))
        divisor = int(re.search(r"by (\d+)", block).group(1))
        t, f = map(int, re.findall(r"monkey (\d+)", block))
        monkeys.append(Monkey(items, op, divisor, (t, f)))
    return monkeys

def play(rounds, relief):
    monkeys = parse(NOTES)
    modulus = math.lcm(*(m.divisor for m in monkeys))
    for r in range(rounds):
        for m in monkeys:
            while m.items:
                worry = m.op(m.items.popleft())
                m.inspected += 1
                worry = worry // 3 if relief else worry % modulus
                target = m.targets[0] if worry % m.divisor == 0 else m.targets[1]
                monkeys[target].items.append(worry)
        if r + 1 in (1, 20, 1000):
            print(f"  after round {r + 1}:", [m.inspected for m in monkeys])
    a, b = sorted((m.inspected for m in monkeys), reverse=True)[:2]
    return a * b, [list(m.items) for m in monkeys][:2], modulus

print("part 1:", play(20, True))
print("part 2:", play(10000, False)[0])
