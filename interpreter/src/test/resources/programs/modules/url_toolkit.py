# URL and web-format helpers: urllib.parse (urlparse/urlunparse, parse_qsl with blanks and
# separators, urlencode with doseq, quote/quote_plus safe sets, urldefrag, IDNA-free netloc
# parts), http.cookies, http.HTTPStatus, mimetypes lookups, ipaddress networks, and
# email.utils dates - the pieces a crawler uses.
import http, http.cookies, ipaddress, mimetypes, urllib.parse as up

u = up.urlparse("HTTPS://User:Secret@Example.COM:8443/a/b;params?q=1&q=2&empty=&x#top")
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(up.urlunparse(u._replace(fragment="", query="z=9")), u.geturl() == "HTTPS://User:Secret@Example.COM:8443/a/b;params?q=1&q=2&empty=&x#top")
print(up.parse_qs(u.query), up.parse_qs(u.query, keep_blank_values=True), up.parse_qsl("a=1;b=2", separator=";"))
print(up.urlencode({"q": "café au lait", "tags": ["a", "b"]}, doseq=True), up.urlencode([("k", "v w")], quote_via=up.quote))
print(up.quote("/path with/ümlaut?&=", safe="/"), up.quote_plus("a+b c/d"), up.unquote("%E2%82%AC%zz"), up.quote(b"\x00\xff"))
print(up.urldefrag("http://x/y#frag"), up.urljoin("http://a/b/c/d;p?q", "../g"), up.urljoin("http://a/b/", "//other/x"))
for base, rel in (("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "g/./h/.."), ("http://a/b/c/d;p?q", "#s")):
    print(" ", rel, "->", up.urljoin(base, rel))
print(up.urlsplit("mailto:someone@example.com"), up.urlsplit("//host/only"), up.urlsplit("/just/path?x"))
try:
    up.urlsplit("http://[::1:80/")
except ValueError as e:
    print("ValueError:", e)
try:
    up.urlparse("http://host:notaport/").port
except ValueError as e:
    print("ValueError:", e)

c = http.cookies.SimpleCookie()
c.load('session=abc123; theme="dark mode"; Path=/')
c["session"]["httponly"] = True
c["session"]["max-age"] = 3600
c["cart"] = "1,2,3"
c["cart"]["samesite"] = "Lax"
print(sorted(c.keys()), c["theme"].value, c["session"].OutputString())
print(c.output(sep="\n"))
print(http.HTTPStatus.NOT_FOUND, http.HTTPStatus(418).phrase, http.HTTPStatus.OK.description, int(http.HTTPStatus.CREATED),
      http.HTTPStatus(301).is_redirection if hasattr(http.HTTPStatus, "is_redirection") else "n/a")
for name in ("report.pdf", "photo.JPG", "archive.tar.gz", "data.json", "noext", "page.html"):
    print(" ", name, mimetypes.guess_type(name, strict=True))
print(mimetypes.guess_extension("application/json"), mimetypes.guess_extension("text/html"), mimetypes.guess_type("http://x/y.css?v=1"))
net = ipaddress.ip_network("10.20.0.0/22")
print(net.num_addresses, net.netmask, net.broadcast_address, list(net.subnets(new_prefix=24))[-1], net.supernet(prefixlen_diff=2))
addrs = [ipaddress.ip_address(a) for a in ("10.20.3.7", "10.20.4.1", "192.168.1.1", "::1", "fe80::1")]
print([(str(a), a in net if a.version == 4 else None, a.is_private, a.is_loopback) for a in addrs])
print(sorted(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])),
      ipaddress.ip_interface("192.0.2.5/24").network, ipaddress.IPv6Address("2001:db8::1").exploded)
for bad in ("10.0.0.256", "10.0.0.1/33", "10.0.0.1/24"):
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print("ValueError:", e)
