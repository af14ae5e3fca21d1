# Markup processing: html.parser collecting a page outline (entities, charrefs, unclosed tags), xml.etree building/querying/serializing with namespaces, minidom pretty-printing, ParseError positions.
import xml.dom.minidom as minidom
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

PAGE = """<!DOCTYPE html>
<html><head><title>Shop &amp; Co &#8211; Home</title>
<meta charset="utf-8"><link rel=stylesheet href="/s.css"></head>
<body><h1 id=top>Welcome</h1><!-- promo -->
<p class="lead intro">Fresh &lt;items&gt; daily &copy; 2024<br>
<a href="/a?x=1&amp;y=2">Apples</a> &nbsp;|&nbsp; <a href='/b' title="B&#39;s">Bananas</a>
<h2>Contact</h2><p>Call <b>us<i>!</b></i> <img src=x.png alt="">
<script>if (a < b) { document.write("</p>"); }</script>
</body></html>"""

class Outline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.events, self.links, self.text = [], [], [], []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))

p = Outline()
p.feed(PAGE)
p.close()
for e in p.events:
    print(e)
print(p.links)
print(p.text)
raw = HTMLParser(); raw.convert_charrefs = False
class Refs(HTMLParser):
    def handle_entityref(self, name): print("entityref", name)
    def handle_charref(self, name): print("charref", name)
    def handle_data(self, d): print("data", repr(d))
Refs(convert_charrefs=False).feed("a &amp; b &#x41; &#65; &bogus; c")

NS = {"inv": "urn:example:inventory"}
ET.register_namespace("inv", NS["inv"])
root = ET.Element(f"{{{NS['inv']}}}inventory", version="2")
for sku, qty, price in (("A1", 5, "2.50"), ("B2", 0, "9.99"), ("C3", 12, "0.75")):
    item = ET.SubElement(root, f"{{{NS['inv']}}}item", sku=sku)
    ET.SubElement(item, f"{{{NS['inv']}}}qty").text = str(qty)
    ET.SubElement(item, f"{{{NS['inv']}}}price", currency="EUR").text = price
ET.indent(root)
text = ET.tostring(root, encoding="unicode")
print(text)
back = ET.fromstring(text)
print([i.get("sku") for i in back.findall("inv:item", NS)])
print([i.get("sku") for i in back.iterfind(".//inv:item[inv:qty='0']", NS)])
print(back.find("inv:item/inv:price", NS).attrib, back.findtext("inv:item[2]/inv:qty", namespaces=NS))
print(sum(float(p.text) for p in back.iter(f"{{{NS['inv']}}}price")))
print(ET.tostring(ET.fromstring("<a><b x='1'/>tail<c>t</c></a>"), method="text"))
for bad in ("<a><b></a>", "<a>&undefined;</a>", "", "<a/><b/>"):
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError:", e, e.position, e.code)

dom = minidom.parseString("<config><db host='localhost' port='5432'/><users><u>ann</u><u>bob</u></users></config>")
print(dom.toprettyxml(indent="  "))
print([u.firstChild.data for u in dom.getElementsByTagName("u")])
db = dom.documentElement.firstChild
print(db.tagName, db.getAttribute("port"), db.hasAttribute("user"), dict(db.attributes.items()))
new = dom.createElement("u"); new.appendChild(dom.createTextNode("carol & dave"))
dom.getElementsByTagName("users")[0].appendChild(new)
print(dom.documentElement.toxml())
try:
    minidom.parseString("<open>")
except Exception as e:
    print(type(e).__name__, e)
