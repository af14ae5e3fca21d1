# Advent-of-Code style: comparing nested packet lists with a cmp function, functools.cmp_to_key, ast.literal_eval of the input
import ast
from functools import cmp_to_key
INPUT = """[1,1,3,1,1]
[1,1,5,1,1]

[[1],[2,3,4]]
[[1],4]

[9]
[[8,7,6]]

[[4,4],4,4]
[[4,4],4,4,4]

[7,7,7,7]
[7,7,7]

[]
[3]

[[[]]]
[[]]

[1,[2,[3,[4,[5,6,7]]]],8,9]
[1,[2,[3,[4,[5,6,0]]]],8,9]"""

def compare(a, b):
    match a, b:
        case int(), int():
            return (a > b) - (a < b)
        case list(), list():
            for x, y in zip(a, b):
                if r := compare(x, y):
                    return r
            return compare(len(a), len(b))
        case int(), list():
            return compare([a], b)
        case list(), int():
            return compare(a, [b])

pairs = [tuple(map(ast.literal_eval, block.split("\n"))) for block in INPUT.split("\n\n")]
right = [i for i, (a, b) in enumerate(pairs, 1) if compare(a, b) < 0]
print(right, sum(right))
packets = [p for pair in pairs for p in pair] + [[[2]], [[6]]]
packets.sort(key=cmp_to_key(compare))
print((packets.index([[2]]) + 1) * (packets.index([[6]]) + 1))
for p in packets[:5]:
    print(p)
k = cmp_to_key(compare)
print(k([1]) < k([2]), k([[1]]) == k([1]), type(k([1])).__name__)
try:
    hash(k([1]))
except TypeError as e:
    print(e)
