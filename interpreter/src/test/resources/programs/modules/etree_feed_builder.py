# Building an Atom-like feed with xml.etree.ElementTree: namespaces (register_namespace, QName),
# SubElement attributes, ET.indent, tostring as unicode and as bytes with a declaration,
# ElementTree.write to BytesIO, parsing back, findall with XPath predicates and namespaces,
# iterparse events, and the errors of bad XML.
import io
import xml.etree.ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
MEDIA = "http://search.yahoo.com/mrss/"
ET.register_namespace("", ATOM)
ET.register_namespace("media", MEDIA)

feed = ET.Element(ET.QName(ATOM, "feed"))
ET.SubElement(feed, f"{{{ATOM}}}title").text = "Release notes & news"
ET.SubElement(feed, f"{{{ATOM}}}link", href="https://example.com/", rel="alternate")
entries = [("1.0", "First release", "2024-01-05", ["core"]),
           ("1.1", "Bug fixes <minor>", "2024-02-11", ["core", "fix"]),
           ("2.0", "New engine", "2024-03-20", ["engine", "breaking"])]
for version, title, date, tags in entries:
    e = ET.SubElement(feed, f"{{{ATOM}}}entry", {"version": version})
    ET.SubElement(e, f"{{{ATOM}}}title").text = title
    ET.SubElement(e, f"{{{ATOM}}}updated").text = date + "T00:00:00Z"
    for tag in tags:
        ET.SubElement(e, f"{{{ATOM}}}category", term=tag)
    ET.SubElement(e, f"{{{MEDIA}}}thumbnail", url=f"https://example.com/{version}.png", width="64")
ET.indent(feed, space="  ")
text = ET.tostring(feed, encoding="unicode")
print(text)
data = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
print(data[:60], len(data) == len(text.encode()) + len(data.split(b"\n")[0]) + 1)
buf = io.BytesIO()
ET.ElementTree(feed).write(buf, encoding="us-ascii", xml_declaration=True, short_empty_elements=False)
print(buf.getvalue().splitlines()[:3])

root = ET.fromstring(text)
ns = {"a": ATOM, "m": MEDIA}
print(root.tag, len(root), root.find("a:title", ns).text)
print([e.get("version") for e in root.findall("a:entry", ns)])
print([e.get("version") for e in root.findall("a:entry/a:category[@term='core']/..", ns)])
print([c.get("term") for c in root.iterfind(".//a:category", ns)])
print(root.find("a:entry[last()]/a:title", ns).text, root.findtext("a:entry[2]/a:title", namespaces=ns))
print([t.get("url") for t in root.findall(".//m:thumbnail[@width='64']", ns)][:2])
print(sorted({el.tag.split("}")[1] for el in root.iter()}))

events = []
for event, elem in ET.iterparse(io.BytesIO(data), events=("start", "end", "start-ns")):
    if event == "start-ns":
        events.append(("ns", elem))
    elif elem.tag.endswith("entry"):
        events.append((event, elem.get("version")))
print(events)
for bad in ["<a><b></a>", "<a>&nope;</a>", "", "<a/><b/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print("ParseError:", err, err.position, err.code)
ET.fromstring("<unclosed>")
