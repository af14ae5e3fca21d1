# difflib reviewing two versions of a config file: unified_diff and context_diff with file
# names and dates, ndiff with intraline hints, SequenceMatcher ratios and opcodes,
# get_close_matches for "did you mean" suggestions, and a changed-keys report.
import difflib

old = """[server]
host = 0.0.0.0
port = 8080
workers = 4
timeout = 30

[database]
url = postgres://db/prod
pool = 10
""".splitlines(keepends=True)
new = """[server]
host = 0.0.0.0
port = 8443
workers = 8
timeout = 30
tls = on

[database]
url = postgres://db-primary/prod
pool = 10
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, "app.ini.orig", "app.ini", "2024-03-01", "2024-03-02")))
print("".join(difflib.context_diff(old, new, "a/app.ini", "b/app.ini", n=1)))
print("".join(difflib.ndiff(old[:5], new[:6])))
print("".join(difflib.unified_diff(old, old)) == "", list(difflib.unified_diff(["a"], ["b"], lineterm="")))

sm = difflib.SequenceMatcher(None, "postgres://db/prod", "postgres://db-primary/prod")
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"  {tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
print(sm.get_matching_blocks())
print(list(sm.get_grouped_opcodes(1)))

commands = ["status", "start", "stop", "restart", "reload", "statistics", "stash"]
for typo in ["stat", "strat", "relaod", "xyz", "stats"]:
    print(typo, "->", difflib.get_close_matches(typo, commands), difflib.get_close_matches(typo, commands, n=1, cutoff=0.8))

def keys(lines):
    out, section = {}, ""
    for line in lines:
        line = line.strip()
        if line.startswith("["):
            section = line.strip("[]")
        elif "=" in line:
            k, v = (x.strip() for x in line.split("=", 1))
            out[f"{section}.{k}"] = v
    return out
a, b = keys(old), keys(new)
for k in sorted(a.keys() | b.keys()):
    if a.get(k) != b.get(k):
        print(f"{k:20} {a.get(k, '-'):>24} -> {b.get(k, '-')}")
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK(" # \n"), difflib.IS_LINE_JUNK("x\n"))
d = difflib.Differ()
print(list(d.compare(["one two three\n"], ["one tree three\n"])))
print(list(difflib.restore(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"]), 2)))
