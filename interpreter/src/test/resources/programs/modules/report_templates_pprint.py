# A status report with string.Template (safe_substitute, a custom delimiter, errors), pprint of nested data (width, depth, compact, sort_dicts), reprlib limits and textwrap columns
import pprint
import reprlib
import string
import textwrap

data = {"service": "billing", "hosts": [f"node{i:02}.example.com" for i in range(8)],
        "limits": {"cpu": 2.5, "mem": "4Gi", "nested": {"a": [1, 2, {"deep": list(range(12))}]}},
        "tags": ("prod", "eu-west", "critical"), "owners": {"ann", "bob"}, "retries": 3}
pprint.pprint(data, width=60)
print(pprint.pformat(data, depth=2, compact=True, width=70))
pprint.pprint(data["limits"], sort_dicts=False, indent=2)
print(pprint.saferepr({"self": [1, 2]}), pprint.isreadable([1, {2: 3}]), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.saferepr(rec).startswith("[1, 2, <Recursion on list with id="))
pp = pprint.PrettyPrinter(width=30, underscore_numbers=True)
pp.pprint([123456789, 10 ** 12, {"k": 2 ** 40}])
t = string.Template("$service on ${count} hosts: $$${cost} per month, owner $owner")
print(t.substitute(service="billing", count=8, cost="1,200", owner="ann"))
print(t.safe_substitute(service="billing"))
try:
    t.substitute(service="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
class Pct(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(Pct("usage %cpu of %{mem}").substitute(cpu="80%", mem="4Gi"), Pct("%x").get_identifiers(), t.is_valid())
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 15
print(r.repr(data["hosts"]), r.repr("x" * 40), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}))
cols = [textwrap.wrap(s, 18) for s in ("The billing service handles invoices and payments.",
                                       "Hosts are spread over three availability zones.")]
for left, right in zip(*[c + [""] * (max(map(len, cols)) - len(c)) for c in cols]):
    print(f"{left:<20}| {right}")
print(string.capwords("hello   wORLD  again"), string.ascii_letters[:5], string.punctuation[:6])
fmt = string.Formatter()
print(fmt.format("{0:>{1}}|{name!r}", "x", 4, name="n"), list(fmt.parse("a{b:>3}c{}")))
