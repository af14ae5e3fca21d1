# Reviewing configuration changes with difflib: unified_diff and context_diff with file names,
# dates and n, ndiff with its ? guide lines, SequenceMatcher ratios/quick_ratio/opcodes/
# matching blocks/junk and autojunk, get_close_matches with cutoffs, restore and IS_CHARACTER_JUNK.
import difflib

old = """[server]
host = example.com
port = 8080
workers = 4
timeout = 30
[log]
level = info
""".splitlines(keepends=True)
new = """[server]
host = example.org
port = 8080
workers = 8
[log]
level = debug
file = /var/log/app.log
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, "a/app.ini", "b/app.ini", "2026-12-01", "2026-12-07")), end="")
print("".join(difflib.unified_diff(old, new, n=0, lineterm="\n")), end="")
print("".join(difflib.context_diff(old, new, "old", "new", n=1)), end="")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
delta = list(difflib.ndiff(old, new))
print("".join(difflib.restore(delta, 2)) == "".join(new), len(delta))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))
for op in sm.get_opcodes():
    print(op)
print(sm.get_matching_blocks(), sm.find_longest_match(0, 29, 0, 38))
sj = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  bcd")
print(round(sj.ratio(), 6), sj.get_opcodes())
long_a = "x" * 300 + "abc"
long_b = "x" * 300 + "abd"
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 6), round(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio(), 6))
s = difflib.SequenceMatcher()
s.set_seq2("abcd")
for a in ["abcd", "bcde", "xyz", ""]:
    s.set_seq1(a)
    print(repr(a), round(s.ratio(), 4), list(s.get_grouped_opcodes(1)))
words = ["apple", "apply", "ape", "peach", "puppy", "maple", "applet"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("appel", words, n=2, cutoff=0.8), difflib.get_close_matches("zzz", words))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "shell"], n=3, cutoff=0.5))
try:
    difflib.get_close_matches("x", words, n=0)
except ValueError as e:
    print("ValueError:", e)
try:
    difflib.get_close_matches("x", words, cutoff=1.5)
except ValueError as e:
    print("ValueError:", e)
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"), difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("code\n"))
d = difflib.Differ()
print("".join(d.compare(["abcdefg\n"], ["abcxefy\n"])), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
