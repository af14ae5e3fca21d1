# A product catalog in XML with xml.etree.ElementTree: fromstring/parse of a file, find/findall/
# iterfind with ElementPath (attributes, predicates, .//, positions), iter with tags, text and tail,
# attrib edits, SubElement building, namespaces with a map and register_namespace, tostring with
# encodings and short_empty_elements, indent, iterparse events, and ParseError positions.
import io
import xml.etree.ElementTree as ET

XML = """<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns:p="urn:prices" version="2">
  <!-- products -->
  <product id="1" category="fruit">
    <name>Apple</name><p:price currency="EUR">0.50</p:price>
    <tags><tag>red</tag><tag>sweet</tag></tags>
  </product>
  <product id="2" category="veg">
    <name>Carrot</name><p:price currency="EUR">0.30</p:price>
  </product>
  <product id="3" category="fruit" discontinued="yes">
    <name>Quince &amp; co</name><p:price currency="USD">1.20</p:price>
    <tags><tag>rare</tag></tags>tail text
  </product>
</catalog>"""
root = ET.fromstring(XML)
ns = {"p": "urn:prices"}
print(root.tag, root.attrib, len(root), [c.tag for c in root])
for prod in root.findall("product"):
    price = prod.find("p:price", ns)
    print(prod.get("id"), prod.findtext("name"), price.text, price.get("currency"), price.tag, prod.get("missing", "-"))
print([p.get("id") for p in root.findall(".//product[@category='fruit']")], [t.text for t in root.iterfind(".//tag")])
print(root.find("product[2]/name").text, root.find("product[last()]").get("id"), [p.get("id") for p in root.findall("product[tags]")])
print([p.get("id") for p in root.findall("product[name='Carrot']")], root.findall("./product/tags/..")[0].get("id"), [e.tag for e in root.iter("tag")][:4])
print(repr(root.find("product[3]").find("tags").tail), root.findtext("nothing", default="none"), repr(root.find("product").text))
p3 = root.find("product[@id='3']")
p3.set("discontinued", "no")
del p3.attrib["category"]
new = ET.SubElement(root, "product", {"id": "4"}, category="dairy")
ET.SubElement(new, "name").text = "Milk <1L>"
ET.SubElement(new, "{urn:prices}price", currency="EUR").text = "0.99"
root.remove(root.find("product[@id='2']"))
ET.register_namespace("pr", "urn:prices")
ET.indent(root, space="  ")
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(ET.fromstring("<a><b/><c></c></a>")), ET.tostring(ET.fromstring("<a><b/></a>"), short_empty_elements=False))
print(ET.tostring(ET.fromstring("<a x='é'>ü</a>"), encoding="utf-8"), ET.tostring(ET.Element("e", b="2", a="1")))
print(ET.tostring(ET.fromstring("<a>x</a>"), encoding="us-ascii", xml_declaration=True) if False else ET.tostring(ET.fromstring("<a>é</a>")))
tree = ET.ElementTree(ET.fromstring("<r><x n='1'/><x n='2'/></r>"))
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
print(ET.parse(io.BytesIO(buf.getvalue())).getroot().findall("x")[1].attrib)
events = []
for ev, el in ET.iterparse(io.BytesIO(b"<a xmlns:q='urn:q'><q:b>1</q:b><c/></a>"), events=("start", "end", "start-ns", "end-ns")):
    events.append((ev, el if ev in ("start-ns", "end-ns") else el.tag))
print(events)
for bad in ["<a><b></a>", "<a>", "", "<a x='1' x='2'/>", "<a>&nope;</a>", "text<a/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), "->", e, e.position, e.code)
e = ET.Element("item", {"k": "v"})
e.text = "t"
e.append(ET.Comment(" note "))
e.append(ET.ProcessingInstruction("pi", "data"))
print(ET.tostring(e), e.items(), e.keys(), len(e), e[0].tag is ET.Comment, ET.iselement(e), repr(e)[:13])
xp = ET.XMLPullParser(events=["end"])
xp.feed("<root><x>1</x>")
print([el.tag for _, el in xp.read_events()])
xp.feed("<y/></root>")
print([el.tag for _, el in xp.read_events()])
print([el.text for el in ET.fromstring("<a><b>1</b><b>2</b></a>").iter("b")], "".join(ET.fromstring("<p>a<b>b</b>c<i>d</i>e</p>").itertext()))
try:
    root.findall("/product")
except SyntaxError as e:
    print(type(e).__name__, e)
