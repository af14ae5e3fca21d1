# Processing markup: an HTMLParser subclass that collects links, headings and text (entities,
# comments, self-closing tags), ElementTree building/searching/serializing with namespaces and
# XPath subsets, and minidom pretty-printing, plus their parse errors.
from html.parser import HTMLParser
import html
import xml.etree.ElementTree as ET
from xml.dom import minidom

PAGE = """<!DOCTYPE html><html><head><title>Shop &amp; Co</title></head>
<body><h1 class="top">Welcome</h1><!-- promo -->
<p>Prices from &euro;5 &lt;today&gt;<br/>only</p>
<a href="/a?x=1&amp;y=2">First</a> <a href='https://ex.com' rel=nofollow>Ex</a>
<h2>Second &#169; &#x263A;</h2><img src="i.png" alt="pic"><script>if (a < b) {}</script></body></html>"""

class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.heads, self.stack, self.text, self.events = [], [], [], [], []
    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs)["href"])
    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("h1", "h2"):
            self.heads.append(data)
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))

c = Collector()
c.feed(PAGE)
c.close()
print(c.links, c.heads)
print(c.text)
for e in c.events:
    print(" ", e)
print(html.escape('<a href="x">&\'</a>'), html.escape("<>", quote=False), html.unescape("&lt;&eacute;&#65;&amp;&notanentity;"))

NS = {"inv": "urn:inventory"}
root = ET.Element("{urn:inventory}stock", attrib={"updated": "2024-03-01"})
for sku, name, qty in (("A1", "bolt", 120), ("B2", "nut", 0), ("C3", "gear & cog", 7)):
    item = ET.SubElement(root, "{urn:inventory}item", sku=sku)
    ET.SubElement(item, "{urn:inventory}name").text = name
    q = ET.SubElement(item, "{urn:inventory}qty")
    q.text = str(qty)
    if qty == 0:
        q.set("status", "out")
ET.register_namespace("inv", "urn:inventory")
ET.indent(root)
text = ET.tostring(root, encoding="unicode")
print(text)
tree = ET.ElementTree(ET.fromstring(text))
print([i.get("sku") for i in tree.iterfind("inv:item", NS)])
print([n.text for n in tree.getroot().findall(".//inv:name", NS)], tree.find("inv:item[@sku='C3']/inv:qty", NS).text)
print([q.attrib for q in tree.iter("{urn:inventory}qty")], tree.getroot().findtext("inv:item/inv:name", namespaces=NS))
print(ET.tostring(ET.fromstring("<a><b x='1'/>tail<c>t</c></a>"), method="text"), ET.fromstring("<a>x<b/>y</a>")[0].tail)
for bad in ("<a><b></a>", "<a>&nope;</a>", "", "<a x='1' x='2'/>"):
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError:", e, e.position)
dom = minidom.parseString("<cfg><db host='localhost' port='5432'/><!-- c --><name>main</name></cfg>")
print(dom.toprettyxml(indent="  "), end="")
print(dom.documentElement.tagName, dom.getElementsByTagName("db")[0].getAttribute("port"),
      [n.nodeType for n in dom.documentElement.childNodes])
new = dom.createElement("user"); new.setAttribute("id", "7"); new.appendChild(dom.createTextNode("a<b"))
dom.documentElement.appendChild(new)
print(dom.documentElement.toxml())
