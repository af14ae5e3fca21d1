# Building and parsing a notification e-mail and its links: email.message.EmailMessage (headers,
# set_content, add_alternative, add_attachment, as_string policy lines, walk, get_content_type,
# iter_attachments, get_body), email.utils (formataddr, parseaddr, getaddresses, format_datetime),
# urllib.parse (urlsplit/urlparse/urlunsplit/urljoin, parse_qs/parse_qsl, urlencode with doseq,
# quote/unquote/quote_plus with safe), ipaddress networks, and uuid3/uuid5 names.
import email
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, parseaddr, getaddresses, format_datetime, parsedate_to_datetime
from datetime import datetime, timezone
import ipaddress
import urllib.parse as up
import uuid

msg = EmailMessage()
msg["From"] = formataddr(("Ops Team", "ops@example.com"))
msg["To"] = "Ann <ann@example.com>, bob@example.com"
msg["Subject"] = "Weekly report: 3 incidents ✓"
msg["Date"] = format_datetime(datetime(2026, 12, 7, 18, 0, tzinfo=timezone.utc))
msg["Message-ID"] = "<report-42@example.com>"
msg.set_content("Hello,\n\nThree incidents this week.\n")
msg.add_alternative("<p>Hello,</p><p><b>Three</b> incidents.</p>", subtype="html")
msg.add_attachment(b"id,sev\n1,high\n", maintype="text", subtype="csv", filename="incidents.csv")
msg.add_attachment(bytes(range(8)), maintype="application", subtype="octet-stream", filename="blob.bin")
for n, part in enumerate(msg.walk()):
    if part.is_multipart():
        part.set_boundary(f"==BOUNDARY-{n}==")
text = msg.as_string()
print(text)
print([p.get_content_type() for p in msg.walk()], msg.is_multipart(), msg.get_content_maintype(), msg["subject"], msg["to"].addresses[0].username)
parsed = email.message_from_string(text, policy=policy.default)
print(parsed["Subject"], parsed.get_body(("plain",)).get_content(), [a.get_filename() for a in parsed.iter_attachments()])
print(parsed.get_body(("html",)).get_content().strip(), next(parsed.iter_attachments()).get_content(), parsed["Date"].datetime)
print(parseaddr("Ann Lee <ann@example.com>"), parseaddr("bogus"), getaddresses(["a@x.com, B <b@y.org>", "c@z.net"]), formataddr(("Zoë", "z@e.com")))
print(parsedate_to_datetime("Mon, 07 Dec 2026 18:00:00 +0100"), email.utils.quote('a"b'), email.utils.unquote('"x"'))
old = email.message_from_string("Subject: =?utf-8?q?caf=C3=A9?=\nContent-Type: text/plain; charset=utf-8\nX-Dup: 1\nX-Dup: 2\n\nbody\n")
print(old["Subject"], old.get_all("X-Dup"), old.get_content_charset(), old.get_payload(), old.get_param("charset"), len(old), old.keys())
print(email.header.decode_header("=?utf-8?q?caf=C3=A9?= plain"), str(email.header.make_header(email.header.decode_header("=?iso-8859-1?q?na=EFve?="))))
url = "https://user:pw@Shop.Example.com:8443/cart/items;v=1?id=7&id=9&q=red+apples&empty=#section-2"
sp = up.urlsplit(url)
print(sp, sp.hostname, sp.port, sp.username, sp.password, sp.geturl() == url)
print(up.urlparse(url).params, up.parse_qs(sp.query), up.parse_qs(sp.query, keep_blank_values=True), up.parse_qsl(sp.query))
print(up.urlunsplit(sp._replace(query="", fragment="")), up.urljoin("https://a.com/x/y/z.html", "../img/p.png"), up.urljoin("https://a.com/x/", "//cdn.b.com/s.js"), up.urljoin("http://a/b/c/d;p?q", "g?y/./x"))
print(up.urlencode({"q": "café & tea", "page": 2, "tags": ["a", "b"]}), up.urlencode({"tags": ["a", "b"]}, doseq=True), up.urlencode([("k", "v w")], quote_via=up.quote))
print(up.quote("/path with spaces/ü?x=1"), up.quote("a/b", safe=""), up.quote_plus("a b&c"), up.unquote("%E2%9C%93%20ok"), up.unquote_plus("a+b%2Bc"), up.quote(b"\xff"))
print(up.urldefrag("http://x/y#frag"), up.urlsplit("mailto:ann@example.com"), up.urlsplit("//host/path").netloc, up.urlsplit("/rel?x").path)
try:
    up.urlsplit("http://[::1/").hostname
except ValueError as e:
    print("ValueError:", e)
try:
    up.urlsplit("http://host:99999/").port
except ValueError as e:
    print("ValueError:", e)
net = ipaddress.ip_network("10.20.0.0/22")
print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, list(net.subnets(new_prefix=24))[:2], net.supernet(2))
print(ipaddress.ip_address("10.20.3.7") in net, ipaddress.ip_interface("10.20.1.5/22").network, ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped, ipaddress.ip_address("2001:db8::1").exploded)
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("192.0.2.0/25"), ipaddress.ip_network("192.0.2.128/25")])), ipaddress.ip_address("192.168.1.1").is_private, ipaddress.ip_address("8.8.8.8").is_global)
for bad in ["10.0.0.256", "10.0.0.1/33", "10.0.0.1/24"]:
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for ns_, name in [(uuid.NAMESPACE_DNS, "example.com"), (uuid.NAMESPACE_URL, "https://example.com/a"), (uuid.NAMESPACE_OID, "1.2.3")]:
    u3, u5 = uuid.uuid3(ns_, name), uuid.uuid5(ns_, name)
    print(u3, u5, u5.version, u5.variant, u5.hex[:8], u5.int % 1000, u5.urn[:13])
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.fields, u.bytes[:4], uuid.UUID(bytes=u.bytes) == u, u.time_low, uuid.UUID(int=1), str(uuid.UUID("12345678123456781234567812345678")))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
