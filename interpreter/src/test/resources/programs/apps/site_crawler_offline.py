# A whole application: an offline site crawler: pages held in a dict are parsed with an
# html.parser.HTMLParser subclass (links, titles, headings, forms, entity handling), a crawl by
# BFS with urllib.parse.urljoin and robots rules from urllib.robotparser, a sitemap written and
# read back with xml.etree.ElementTree, a report e-mail built with email.message.EmailMessage, and
# results shown with pprint and reprlib for the long ones.
import pprint
import reprlib
import xml.etree.ElementTree as ET
from collections import deque, Counter
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit, urldefrag
from urllib.robotparser import RobotFileParser

BASE = "https://example.org/"
PAGES = {
    "https://example.org/": """<!DOCTYPE html><html><head><title>Home &amp; Garden</title></head>
<body><h1>Welcome</h1><p>See our <a href="/products">products</a>, the <a href="blog/">blog</a>
and <a href="https://other.example.com/x">a partner</a>. <a href="#top">top</a>
<a href="/private/admin">admin</a><img src="/img/logo.png" alt="logo"></body></html>""",
    "https://example.org/products": """<html><head><title>Products</title></head><body>
<h1>Products</h1><h2>Tools</h2><ul><li><a href="/products/hammer?ref=list">Hammer</a></li>
<li><a href='/products/saw'>Saw &lt;new&gt;</a></li><li><a href="/products/missing">Gone</a></li></ul>
<form action="/search" method="get"><input name="q" type="text"><input type="submit" value="Go"></form>
<h2>Seeds</h2><p>Caf&eacute; seeds &#8212; &#x2603; fresh</p></body></html>""",
    "https://example.org/products/hammer": """<html><head><title>Hammer</title></head><body><h1>Hammer</h1>
<p>Price: <b>12&euro;</b></p><a href="../">back</a> <a href="/products/saw#reviews">saw reviews</a><br/></body></html>""",
    "https://example.org/products/saw": """<html><head><title>Saw</title><body><h1>Saw</h1><p>Unclosed <i>tags <b>here</p>
<a href="mailto:sales@example.org">mail</a> <a href="javascript:void(0)">js</a></body></html>""",
    "https://example.org/blog/": """<html><head><title>Blog</title></head><body><h1>Blog</h1>
<a href="2026/first-post">First</a> <a href="./2026/second-post">Second</a></body></html>""",
    "https://example.org/blog/2026/first-post": """<html><title>First post</title><h1>First</h1><!-- a comment --><a href="../../">home</a></html>""",
    "https://example.org/private/admin": "<title>secret</title>",
}
ROBOTS = """User-agent: *
Disallow: /private/
Crawl-delay: 2

User-agent: badbot
Disallow: /
"""


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.headings, self.forms, self.images = [], [], [], []
        self.title = ""
        self._in = []
        self.text = []
        self.comments = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self._in.append(tag)
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        elif tag == "form":
            self.forms.append((a.get("method", "get").upper(), a.get("action")))
        elif tag == "img":
            self.images.append((a.get("src"), a.get("alt")))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._in.pop()

    def handle_endtag(self, tag):
        if tag in self._in:
            while self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if self._in and self._in[-1] == "title":
            self.title += data
        elif self._in and self._in[-1] in ("h1", "h2"):
            self.headings.append((self._in[-1], data.strip()))
        if data.strip():
            self.text.append(data.strip())

    def handle_comment(self, data):
        self.comments += 1


robots = RobotFileParser()
robots.parse(ROBOTS.splitlines())
print("robots:", robots.can_fetch("mybot", BASE + "products"), robots.can_fetch("mybot", BASE + "private/admin"),
      robots.can_fetch("badbot", BASE), robots.crawl_delay("mybot"), robots.crawl_delay("badbot"))


def normalize(url):
    url, _ = urldefrag(url)
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", "", ""))


queue = deque([(BASE, 0)])
seen = {BASE}
results = {}
skipped = Counter()
edges = []
while queue:
    url, depth = queue.popleft()
    if not robots.can_fetch("mybot", url):
        skipped["robots"] += 1
        continue
    html = PAGES.get(url)
    if html is None:
        skipped["404"] += 1
        results[url] = {"status": 404, "depth": depth}
        continue
    p = PageParser()
    p.feed(html)
    p.close()
    results[url] = {"status": 200, "depth": depth, "title": p.title, "headings": p.headings, "links": len(p.links),
                    "forms": p.forms, "images": p.images, "comments": p.comments, "words": sum(len(t.split()) for t in p.text)}
    for href in p.links:
        target = urljoin(url, href)
        scheme = urlsplit(target).scheme
        if scheme not in ("http", "https"):
            skipped[scheme] += 1
            continue
        target = normalize(target)
        if urlsplit(target).netloc != urlsplit(BASE).netloc:
            skipped["external"] += 1
            continue
        edges.append((url, target))
        if target not in seen:
            seen.add(target)
            queue.append((target, depth + 1))

print(f"crawled {len(results)} urls, skipped {dict(sorted(skipped.items()))}")
for url, info in results.items():
    path = urlsplit(url).path
    print(f"  {path:<26} {info['status']} d{info['depth']} {info.get('title', '')!r:<20} links={info.get('links', '-')} words={info.get('words', '-')}")
pprint.pprint(results[BASE + "products"], width=90, sort_dicts=True)
inbound = Counter(t for _, t in edges)
print("most linked:", inbound.most_common(3))
print("joins:", urljoin("https://a.b/c/d", "../e"), urljoin("https://a.b/c/d/", "/f?x=1#y"), urljoin("https://a.b/c", "//cdn.x/y"))

urlset = ET.Element("urlset", xmlns="http://www.sitemaps.org/schemas/sitemap/0.9")
for url, info in sorted(results.items()):
    if info["status"] == 200:
        u = ET.SubElement(urlset, "url")
        ET.SubElement(u, "loc").text = url
        ET.SubElement(u, "priority").text = f"{1 - 0.2 * info['depth']:.1f}"
ET.indent(urlset)
xml_bytes = ET.tostring(urlset, encoding="utf-8", xml_declaration=True)
print(xml_bytes.decode().splitlines()[:5])
tree = ET.fromstring(xml_bytes)
ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
print("sitemap locs:", len(tree.findall("s:url", ns)), [e.text for e in tree.iterfind(".//s:priority", ns)],
      tree.find("s:url/s:loc", ns).text, tree.tag)
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as exc:
    print("ParseError:", exc, exc.position)

msg = EmailMessage()
msg["Subject"] = f"Crawl report: {len(results)} pages"
msg["From"] = "Crawler <crawler@example.org>"
msg["To"] = "webmaster@example.org, Ops Team <ops@example.org>"
msg.set_content("Pages:\n" + "\n".join(f"- {u}" for u in sorted(results)) + "\n\nCafé ☃ done.\n")
msg.add_attachment(xml_bytes, maintype="application", subtype="xml", filename="sitemap.xml")
raw = msg.as_bytes(policy=policy.SMTP)
print("email:", msg.get_content_type(), msg.is_multipart(), len(list(msg.iter_attachments())), raw.count(b"\r\n") > 10)
back = BytesParser(policy=policy.default).parsebytes(raw)
print("parsed:", back["subject"], "|", [a.addr_spec for a in back["to"].addresses], back.get_body(("plain",)).get_content().splitlines()[-1])
att = next(back.iter_attachments())
print("attachment:", att.get_filename(), att.get_content_type(), att.get_content()[:38])
r = reprlib.Repr()
r.maxlist, r.maxstring = 4, 30
print(r.repr(list(results)), r.repr("x" * 100), reprlib.repr(set(range(20))), reprlib.repr({i: str(i) for i in range(10)}))
print(pprint.pformat({"deep": [{"k": list(range(12))}, ("t",) * 3], "s": "short"}, width=40, compact=True))
print(pprint.pformat(edges[:3], indent=2, width=70))
