# difflib.SequenceMatcher: longest matches, matching blocks, opcodes, grouped opcodes, the three
# ratios, junk elements and the popular-element heuristic of sequences of 200 or more, and
# get_close_matches with its n and cutoff and their errors.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.find_longest_match(0, 5, 0, 4), s.get_matching_blocks())
print(s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())

s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%r) b[%d:%d] (%r)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))

a = list(range(1, 40))
b = a[:]
b[8] = 'x'
b[20:23] = ['y', 'z']
del b[30]
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(group)

text = ['the'] * 5 + ['word%d' % i for i in range(200)]
other = ['word%d' % i for i in range(0, 200, 2)] + ['the'] * 3
m = difflib.SequenceMatcher(None, text, other)
print(sorted(m.bpopular), len(m.get_matching_blocks()), round(m.ratio(), 6))
m = difflib.SequenceMatcher(None, text, other, autojunk=False)
print(sorted(m.bpopular), len(m.get_matching_blocks()), round(m.ratio(), 6))
m = difflib.SequenceMatcher(lambda w: w == 'the', text, other)
print(sorted(m.bjunk), m.find_longest_match(0, len(text), 0, len(other)))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['hello', 'help', 'wheal', 'while', 'whale'], n=2, cutoff=0.3))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', ['ape', 'apple', 'peach', 'puppy']))
for n, cutoff in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('x', ['y'], n, cutoff)
    except ValueError as e:
        print("ValueError", e)
