# Text utilities a report generator uses: difflib (unified_diff, context_diff, ndiff,
# get_close_matches, SequenceMatcher opcodes and ratios), pprint of nested data with
# width/depth/compact/sort_dicts, reprlib limits, string.Template with safe_substitute and errors,
# textwrap, and shlex for command lines.
import difflib, pprint, reprlib, shlex, string, textwrap

old = """[server]
host = localhost
port = 8080
debug = true
workers = 4
""".splitlines(keepends=True)
new = """[server]
host = 0.0.0.0
port = 8080
workers = 8
timeout = 30
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, "a/app.ini", "b/app.ini", "2024-03-01", "2024-03-02", n=1)), end="")
print("".join(difflib.context_diff(old, new, "old", "new", n=0)), end="")
print("".join(difflib.ndiff(["kitten\n", "sitting\n"], ["sitting\n", "knitting\n"])), end="")
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.quick_ratio(), sm.get_matching_blocks()[:2])
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"  {tag:<7} a[{i1}:{i2}] b[{j1}:{j2}]")
words = ["apple", "apply", "ape", "maple", "happy", "applet"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("appel", words, n=1, cutoff=0.9))

data = {"service": "api", "replicas": 3, "env": {"DEBUG": "0", "PATH": "/usr/bin:/bin", "LONG": "x" * 40},
        "ports": list(range(8000, 8012)), "nested": {"a": {"b": {"c": {"d": [1, 2, {"e": None}]}}}},
        "tags": ("prod", "eu"), "weights": {3.5, 1.25}}
pprint.pprint(data, width=60)
pprint.pprint(data, depth=2, compact=True, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.saferepr([1, [2, [3]]]), pprint.isreadable({"a": object()}), pprint.isrecursive([]))
pprint.pp({"b": 1, "a": [{"z": 1, "y": 2}]}, width=20)
r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxdict = 3, 12, 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr({i: i for i in range(5)}),
      reprlib.repr(set(range(20))), reprlib.repr(tuple("abcdefgh")), reprlib.repr(b"x" * 50))

t = string.Template("Dear $name, your order ${order_id} ships $$free on $day.")
print(t.substitute(name="Ann", order_id=42, day="Mon"))
print(t.safe_substitute({"name": "Bob"}))
for kw in ({"name": "x"}, ):
    try:
        t.substitute(**kw)
    except KeyError as e:
        print("KeyError:", e)
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid(), string.Template("$1").is_valid())
class Pct(string.Template):
    delimiter = "%"
print(Pct("100%% of %who").substitute(who="us"))
print(string.capwords("hello   wORLD-wide web"), string.ascii_letters[:5], string.punctuation[:8])

cmd = """deploy --env "prod eu" --tag='v1.2 beta' -x a\\ b # trailing comment"""
print(shlex.split(cmd), shlex.split(cmd, comments=True))
print(shlex.join(["echo", "it's", "a b", "$HOME", ""]), shlex.quote("safe-word_1.txt"), shlex.quote("semi;colon"))
lx = shlex.shlex("a=1 && b='two words' || c", posix=True, punctuation_chars=True)
print(list(lx))
for bad in ('say "unterminated', "it's"):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
para = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(para, 30, max_lines=3, placeholder=" …"))
print(textwrap.fill("a\tb\tc", 10, expand_tabs=True, tabsize=4), "|", textwrap.fill("x" * 25, 10, break_long_words=False))
