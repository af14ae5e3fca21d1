# Text tools for a deployment script: string.Template (safe_substitute, custom delimiters, errors), pprint of nested settings (width, depth, compact, sort_dicts), reprlib limits, shlex split/quote/join and its errors.
import pprint
import reprlib
import shlex
import string

t = string.Template("Deploy $app to ${env}: $$${cost} by $user")
print(t.substitute(app="shop", env="prod", cost=12, user="ann"))
print(t.safe_substitute(app="shop"))
print(t.get_identifiers(), t.is_valid())
for kwargs in ({"app": "x"}, ):
    try:
        t.substitute(**kwargs)
    except KeyError as e:
        print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"
print(Percent("%greeting, %{name}! 100%%").substitute(greeting="Hi", name="Bo"))
print(string.capwords("hello   wide world"), string.ascii_letters[:5], string.punctuation[:8])
fmt = string.Formatter()
print(fmt.format("{0:>6}|{name!r:^10}|{1[0]}", 3.5, [9], name="x"), list(fmt.parse("a{b:>3}c{{d}}")))

settings = {
    "name": "shop", "replicas": 3, "env": {"DEBUG": "0", "DB_URL": "postgres://db:5432/shop", "CACHE": None},
    "ports": list(range(8000, 8012)), "volumes": [{"src": "/data", "dst": "/var/lib/shop", "ro": False}],
    "nested": {"a": {"b": {"c": {"d": [1, 2, {"e": "deep"}]}}}}, "tags": ("web", "blue"), "empty": {},
}
pprint.pprint(settings)
pprint.pprint(settings, width=50, depth=2)
pprint.pprint(settings["ports"], compact=True, width=30)
pprint.pprint({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_dicts=False)
print(pprint.pformat(settings["nested"], indent=4, width=20))
print(pprint.isreadable(settings), pprint.isrecursive(settings), pprint.saferepr(b"x" * 3))
loop = [1, 2]; loop.append(loop)
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(loop)), pprint.isrecursive(loop))
pprint.pprint("a long string " * 8, width=40)
pprint.pp({"set": {3, 1, 2}, "fs": frozenset("ab"), "bytes": b"\x00" * 40}, width=40)

r = reprlib.Repr()
r.maxlist, r.maxstring, r.maxdict = 3, 12, 2
print(r.repr(list(range(100))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr({i: i for i in range(5)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple("abcdefghij")), reprlib.repr(10 ** 60))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
print(Node())

cmd = 'rsync -av --exclude "*.tmp" --exclude=\'cache dir\' src/ user@host:"/backups/my files/"  # nightly'
print(shlex.split(cmd, comments=True))
print(shlex.split(cmd))
parts = ["cp", "my file.txt", "it's here", "$HOME", "a;b", ""]
quoted = [shlex.quote(p) for p in parts]
print(quoted, shlex.join(parts))
print(shlex.split(shlex.join(parts)) == parts)
lex = shlex.shlex("a=1 && b='two words' || c", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key = value, other=thing", posix=False)
lex.whitespace += ","
print(list(lex))
for bad in ('echo "unclosed', "it's", 'trail \\'):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
