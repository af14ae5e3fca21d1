# difflib on many seeded random line lists: ndiff, unified_diff (n from 0 to 3) and
# context_diff outputs, opcodes and ratios, and restore giving back both sides.
import difflib, random

rng = random.Random(20240607)
words = ['x', 'xy', 'abc def', '  ', 'alpha', 'beta gamma']
def lines():
    return ['line %d %s\n' % (rng.randint(0, 6), rng.choice(words)) for _ in range(rng.randint(0, 9))]

for trial in range(25):
    a, b = lines(), lines()
    m = difflib.SequenceMatcher(None, a, b)
    print(trial, m.get_opcodes(), round(m.ratio(), 9))
    print(''.join(difflib.ndiff(a, b)), end='')
    print(''.join(difflib.unified_diff(a, b, 'a', 'b', n=trial % 4)), end='')
    print(''.join(difflib.context_diff(a, b)), end='')
    delta = list(difflib.ndiff(a, b))
    print(list(difflib.restore(delta, 1)) == a, list(difflib.restore(delta, 2)) == b)
for trial in range(25):
    a = ''.join(rng.choice('abcd \t') for _ in range(rng.randint(0, 20)))
    b = ''.join(rng.choice('abcd \t') for _ in range(rng.randint(0, 20)))
    m = difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK if trial % 2 else None, a, b)
    print(repr(a), repr(b), m.get_matching_blocks(), round(m.quick_ratio(), 9))
