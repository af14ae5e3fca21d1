# email.headerregistry on its own: Address and Group (construction, quoting, equality, reprs,
# errors), the header classes a HeaderRegistry makes (str subclasses with name, defects and
# typed attributes), map_to_type for a custom header, max_count through the policy, and the
# errors of bad values.
from email.headerregistry import Address, Group, HeaderRegistry, UnstructuredHeader
from email import policy
from email.message import EmailMessage
import email.utils
import datetime

a = Address("Jane Q. Public", "jane", "example.com")
b = Address(addr_spec='"odd user"@example.com')
c = Address("Null")
print(a, "|", repr(a))
print(b, "|", b.username, b.domain, b.addr_spec)
print(repr(str(c)), c.addr_spec)
print(Address(display_name="Ann", username="ann", domain="x.org") == Address("Ann", "ann", "x.org"), a == "jane@example.com")
g = Group("Project: Alpha", [a, Address("Bo", "bo", "example.com")])
print(g, "|", repr(g))
print(Group(None, [a]), "|", Group("empty"), "|", Group(), "|", g == Group("Project: Alpha", [a, Address("Bo", "bo", "example.com")]))
for bad in [dict(addr_spec="a@b", username="x"), dict(addr_spec="a@b c"), dict(username="x\ny")]:
    try:
        Address(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

registry = HeaderRegistry()
h = registry("To", "Ann <ann@x.org>, Bob <bob@y.org>")
print(type(h).__name__, [cls.__name__ for cls in type(h).__mro__], isinstance(h, str))
print(h.name, h, h.addresses, h.groups[0].display_name, h.defects, h.max_count)
s = registry("Sender", "Solo <solo@x.org>")
print(s.address, registry("Sender", "a@x, b@y").addresses)
try:
    registry("Sender", "a@x, b@y").address
except ValueError as e:
    print("ValueError:", e)
d = registry("Date", datetime.datetime(2024, 2, 29, 23, 59, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-8))))
print(d, "|", d.datetime, "|", registry("date", "not a date").datetime, registry("date", "not a date").defects)
ct = registry("Content-Type", 'text/plain; charset="UTF-8"; format=flowed (comment)')
print(ct.content_type, dict(ct.params), repr(str(ct)))
cd = registry("Content-Disposition", "INLINE; filename=report.txt; size=120")
print(cd.content_disposition, dict(cd.params))
cte = registry("Content-Transfer-Encoding", " Base64 ")
print(repr(cte.cte), repr(str(cte)))
mv = registry("MIME-Version", "1.0")
print(mv.version, mv.major, mv.minor, registry("MIME-Version", "x").version)
u = registry("X-Anything", "=?utf-8?q?caf=C3=A9?= =?utf-8?q?_au_lait?= ok")
print(type(u).__name__, repr(str(u)))

class UpperHeader:
    max_count = 1
    @classmethod
    def parse(cls, value, kwds):
        kwds["parse_tree"] = UnstructuredHeader.value_parser(value.upper())
        kwds["decoded"] = value.upper()
    def init(self, *args, **kw):
        super().init(*args, **kw)

registry.map_to_type("X-Shout", UpperHeader)
custom = policy.default.clone(header_factory=registry)
m = EmailMessage(policy=custom)
m["X-Shout"] = "quiet words"
print(m["X-Shout"], type(m["X-Shout"]).__name__, custom.header_max_count("x-shout"), policy.default.header_max_count("X-Other"))
try:
    m["X-Shout"] = "again"
except ValueError as e:
    print("ValueError:", e)
print(m.as_string(), end="")
m2 = EmailMessage()
m2["To"] = g
m2["From"] = a
m2["Reply-To"] = [a, g]
print(m2["To"], "|", m2["reply-to"], "|", len(m2["reply-to"].groups), len(m2["reply-to"].addresses))
print(email.utils.formataddr((a.display_name, a.addr_spec)), email.utils.parseaddr(str(a)))
try:
    m2["Subject"] = "one\ntwo"
except ValueError as e:
    print("ValueError:", e)
