# xml.dom.minidom and xml.sax on a catalog document: building with createElement/attributes/
# text/comments/CDATA, toprettyxml with indent/newl/encoding, toxml, parseString with namespaces,
# getElementsByTagName(NS), normalize, cloneNode, removeChild, the DOM exceptions; a SAX
# ContentHandler collecting records with characters() split across calls, the namespace feature,
# an ErrorHandler, SAXParseException positions, and saxutils escape/quoteattr/XMLGenerator.
import io
import xml.dom.minidom as minidom
import xml.sax
from xml.sax import saxutils

impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, 'catalog', None)
root = doc.documentElement
root.setAttribute('version', '1.0')
root.appendChild(doc.createComment(' generated '))
for sku, title, price in [('a1', 'Tea & Cake', '3.50'), ('b2', '<Coffee>', '2.00')]:
    item = doc.createElement('item')
    item.setAttribute('sku', sku)
    item.setAttribute('note', 'quote " and \'')
    t = doc.createElement('title')
    t.appendChild(doc.createTextNode(title))
    item.appendChild(t)
    pr = doc.createElement('price')
    pr.appendChild(doc.createTextNode(price))
    pr.setAttribute('currency', 'EUR')
    item.appendChild(pr)
    root.appendChild(item)
root.appendChild(doc.createCDATASection('raw <b>cdata</b>'))
print(doc.toxml())
print(doc.toprettyxml(indent='  '))
print(root.toprettyxml(indent='\t', newl='|'))
print(doc.toprettyxml(encoding='utf-8')[:60])
print(doc.toprettyxml(indent='  ', standalone=True).splitlines()[0])

src = '''<?xml version="1.0"?>
<inv:stock xmlns:inv="urn:inv" xmlns="urn:default"><inv:part id="p1">bolt</inv:part>
  <part id="p2">nut</part><inv:part id="p3">wa<![CDATA[sh]]>er</inv:part></inv:stock>'''
d2 = minidom.parseString(src)
print([p.getAttribute('id') for p in d2.getElementsByTagName('inv:part')])
print([p.firstChild.data for p in d2.getElementsByTagNameNS('urn:default', 'part')])
print([(p.localName, p.prefix, p.namespaceURI) for p in d2.getElementsByTagNameNS('*', 'part')])
p3 = d2.getElementsByTagName('inv:part')[1]
print(len(p3.childNodes), [n.nodeType for n in p3.childNodes])
p3.normalize()
print(len(p3.childNodes), repr(p3.firstChild.data))
clone = p3.cloneNode(deep=True)
print(clone.toxml(), clone.parentNode, p3.attributes.items())
stock = d2.documentElement
stock.removeChild(p3)
print(stock.toxml())
for bad in [lambda: stock.removeChild(p3), lambda: doc.createElement('bad name').toxml() and doc.appendChild(doc.createElement('x')),
            lambda: minidom.parseString('<a><b></a>'), lambda: root.getAttributeNode('nope').value]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class Items(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.rows, self.buf, self.cur, self.events = [], [], None, []
    def startDocument(self):
        self.events.append('startDocument')
    def startElement(self, name, attrs):
        if name == 'item':
            self.cur = {'sku': attrs.get('sku'), 'attr_names': sorted(attrs.getNames())}
        self.buf = []
    def characters(self, content):
        self.buf.append(content)
    def endElement(self, name):
        if self.cur is not None and name in ('title', 'price'):
            self.cur[name] = ''.join(self.buf)
        if name == 'item':
            self.rows.append(self.cur)
            self.cur = None
    def endDocument(self):
        self.events.append('endDocument')
h = Items()
xml.sax.parseString(doc.toxml().encode(), h)
print(h.rows, h.events)

class NS(xml.sax.ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, dict(attrs.items()))
    def startPrefixMapping(self, prefix, uri):
        print('prefix', prefix, uri)
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(NS())
parser.parse(io.StringIO('<r xmlns:x="urn:x"><x:a x:k="1" plain="2"/></r>'))

class Collect(xml.sax.ErrorHandler):
    def fatalError(self, exc):
        print('fatal', exc.getLineNumber(), exc.getColumnNumber(), exc.getMessage())
        raise exc
try:
    xml.sax.parseString(b'<a>\n<b>text</c></a>', xml.sax.ContentHandler(), Collect())
except xml.sax.SAXParseException as e:
    print('SAXParseException', str(e))
print(saxutils.escape('a < b & c > d'), saxutils.escape('x', {'x': '&#120;'}), saxutils.unescape('&lt;&amp;&gt;'))
print(saxutils.quoteattr('plain'), saxutils.quoteattr('say "hi"'), saxutils.quoteattr('it\'s "both"\n'))
out = io.StringIO()
g = saxutils.XMLGenerator(out, 'utf-8', short_empty_elements=True)
g.startDocument(); g.startElement('log', {'level': 'info'}); g.characters('a<b')
g.startElement('empty', {}); g.endElement('empty'); g.endElement('log'); g.endDocument()
print(out.getvalue())
