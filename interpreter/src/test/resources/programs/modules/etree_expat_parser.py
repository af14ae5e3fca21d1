# xml.etree.ElementTree's XMLParser over expat: ParseError messages, codes and positions for bad
# documents, XMLPullParser events as pieces are fed, iterparse (with a late error), a custom target
# (doctype, data pieces as expat reports them), minidom.parseString through expat (ExpatError)
import io
import xml.etree.ElementTree as ET
from xml.dom import minidom
from xml.parsers import expat
for doc in ['<a><b>x</b></a>', '<a>\n<b></c></a>', '<a x="1" x="2"/>', '<a>&foo;</a>', '', '<a/><b/>', '<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>'.encode('latin-1')]:
    try:
        r = ET.fromstring(doc)
        print(ET.tostring(r))
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)
p = ET.XMLPullParser(events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'))
for piece in ['<r xmlns:p="u"><p:a>t', 'ext</p:a><!--c--><?pi x?>', '</r>']:
    p.feed(piece)
    print([(e, x.tag if hasattr(x, 'tag') and isinstance(x.tag, str) else x if isinstance(x, tuple) or x is None else type(x).__name__) for e, x in p.read_events()])
p.close()
for ev, el in ET.iterparse(io.BytesIO(b'<r><a/><b>t</b></r>'), events=('start', 'end')):
    print(ev, el.tag)
it = ET.iterparse(io.BytesIO(b'<r><a/><b>t</r>'))
try:
    for ev, el in it: print(ev, el.tag)
except ET.ParseError as e: print('ParseError', e)
class T:
    def start(self, tag, attrib): print('start', tag, attrib)
    def end(self, tag): print('end', tag)
    def data(self, d): print('data', repr(d))
    def doctype(self, *a): print('doctype', a)
    def close(self): return 'closed'
p = ET.XMLParser(target=T())
p.feed('<!DOCTYPE r SYSTEM "x.dtd"><r a="1">hi &amp; <s/></r>')
print(p.close(), p.version)
d = minidom.parseString('<?xml version="1.0" encoding="utf-8" standalone="yes"?><r xmlns="u" xmlns:q="v"><q:s q:a="1" b="2">t</q:s><!--c--></r>')
print(d.toxml(), d.version, d.encoding, d.standalone)
print(d.documentElement.firstChild.namespaceURI, d.documentElement.firstChild.prefix, d.documentElement.firstChild.localName)
try: minidom.parseString('<a><b></a>')
except expat.ExpatError as e: print(type(e), e, e.code, e.lineno, e.offset)
