# xml.sax: parseString with a ContentHandler (events, locator positions), SAXParseException text,
# namespace mode (startElementNS, prefix mappings, AttributesNSImpl), XMLGenerator to text and
# bytes, escape/unescape/quoteattr, feature errors, incremental feed/close
import io, xml.sax
from xml.sax import saxutils, handler, xmlreader
class H(handler.ContentHandler):
    def setDocumentLocator(self, loc): self.loc = loc
    def startDocument(self): print('startDocument')
    def endDocument(self): print('endDocument')
    def startElement(self, name, attrs): print('start', name, dict(attrs), attrs.getNames(), self.loc.getLineNumber(), self.loc.getColumnNumber())
    def endElement(self, name): print('end', name)
    def characters(self, c): print('chars', repr(c))
    def processingInstruction(self, t, d): print('pi', t, d)
    def startPrefixMapping(self, p, u): print('prefix', p, u)
    def endPrefixMapping(self, p): print('endprefix', p)
    def startElementNS(self, name, qname, attrs): print('startNS', name, qname, dict(attrs), attrs.getQNames())
    def endElementNS(self, name, qname): print('endNS', name, qname)
xml.sax.parseString(b'<?xml version="1.0"?>\n<r a="1"><?p q?>t&amp;x<s/>\n</r>', H())
try:
    xml.sax.parseString('<r>\n<s></r>', H())
except xml.sax.SAXParseException as e:
    print('SAXParseException', e, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), type(e.getException()))
p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(H())
p.parse(io.BytesIO(b'<r xmlns="u" xmlns:q="v"><q:s q:a="1" b="2"/></r>'))
out = io.StringIO()
g = saxutils.XMLGenerator(out, 'utf-8', short_empty_elements=True)
xml.sax.parseString('<r a="x&quot;y"><e/>t&lt;</r>', g)
print(out.getvalue())
b = io.BytesIO()
g = saxutils.XMLGenerator(b, 'ascii')
xml.sax.parseString('<r>\u20ac</r>', g)
print(b.getvalue())
print(saxutils.escape('a<b>&c', {'c': 'C'}), saxutils.unescape('&lt;&amp;lt;'), saxutils.quoteattr('a"b'), saxutils.quoteattr('a"b\'\n'))
try: p.setFeature(handler.feature_validation, True)
except xml.sax.SAXNotSupportedException as e: print(type(e).__name__, e)
try: p.getFeature('nope')
except xml.sax.SAXNotRecognizedException as e: print(type(e).__name__, e)
inc = xml.sax.make_parser()
h = H(); h.loc = xmlreader.Locator(); inc.setContentHandler(h)
inc.feed('<r>a')
inc.feed('b</r>')
inc.close()
a = xmlreader.AttributesNSImpl({('u', 'a'): '1'}, {('u', 'a'): 'q:a'})
print(a.getValueByQName('q:a'), a.getNameByQName('q:a'), a.getQNameByName(('u', 'a')), len(a), a.items())
