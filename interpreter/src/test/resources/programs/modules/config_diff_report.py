# A configuration drift report: difflib unified and context diffs, ndiff with intraline hints, SequenceMatcher ratios and opcodes, get_close_matches for misspelt keys
import difflib

old = """[server]
host = 10.0.0.1
port = 8080
workers = 4
log_level = info
""".splitlines(keepends=True)
new = """[server]
host = 10.0.0.2
port = 8080
workers = 8
log_level = info
timeout = 30
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="prod.ini", tofile="staging.ini", fromfiledate="2024-01-01", tofiledate="2024-01-02")))
print("".join(difflib.context_diff(old, new, "a", "b", n=1)))
print("".join(difflib.ndiff(old[1:4], new[1:4])))
sm = difflib.SequenceMatcher(None, "workers = 4", "workers = 8")
print(round(sm.ratio(), 3), sm.quick_ratio(), sm.real_quick_ratio(), sm.find_longest_match())
for op in difflib.SequenceMatcher(None, "abxcd", "abcyd").get_opcodes():
    print(op)
print(list(difflib.SequenceMatcher(None, "private", "pirate").get_matching_blocks()))
keys = ["host", "port", "workers", "log_level", "timeout"]
for typo in ("prot", "wrokers", "loglevel", "zzz"):
    print(typo, "->", difflib.get_close_matches(typo, keys, n=2, cutoff=0.5))
print(list(difflib.unified_diff(["a"], ["a"])), list(difflib.unified_diff([], ["x\n"], lineterm=""))[:3])
d = difflib.Differ()
print(list(d.compare(["one two three\n"], ["one tow three\n"])))
print("".join(difflib.restore(difflib.ndiff(["x\n"], ["y\n"]), 2)))
