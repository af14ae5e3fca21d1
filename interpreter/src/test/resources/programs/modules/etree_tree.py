# xml.etree.ElementTree: building trees, parsing, tostring (short empty elements, encodings,
# namespaces, html and text methods), iter/itertext, the ElementPath subset, indent, iterparse.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

DOC = '''<?xml version="1.0"?>
<!DOCTYPE catalog [ <!ELEMENT catalog ANY> ]>
<!-- the catalog -->
<catalog xmlns:x="urn:extra">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price>44.95</price>
    <x:note kind="a">first &amp; best</x:note>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title>Midnight Rain</title>
    <price>5.95</price>
    <tags><tag>fantasy</tag><tag>new</tag></tags>
  </book>
  <magazine id="m1"><title>Monthly</title><![CDATA[<raw> & text]]></magazine>
  <?render fast?>
</catalog>
'''

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root), repr(root.text))
for child in root:
    print(' ', child.tag, child.attrib, repr(child.tail))
print([e.tag for e in root.iter()])
print([e.text for e in root.iter('title')])
print(repr(''.join(root.find('magazine').itertext())))
print(root.find('book').get('id'), root.find('book').get('missing', 'dflt'), root[1][2].text)

paths = ['book', 'book/title', '*/title', './/tag', './/title', '*', '.', 'book[@lang]',
         "book[@id='bk102']", "book[@id!='bk102']", 'book[tags]', "book[price='5.95']",
         'book[1]', 'book[2]', 'book[last()]', 'book[last()-1]', './/tag[2]', 'book/..',
         './/tag/..', '{urn:extra}note', 'book/{urn:extra}note', 'book/x:note', './/{*}note',
         "book/*[.='5.95']", 'magazine/title', 'nothing', 'book/', './/book//tag']
for path in paths:
    try:
        found = root.findall(path, {'x': 'urn:extra'})
        print(repr(path), [(e.tag, e.get('id') or e.text) for e in found])
    except SyntaxError as e:
        print(repr(path), type(e).__name__, e)
print(root.findtext('book/title'), repr(root.findtext('book/none')), root.findtext('nope', 'd'))
print(repr(root.findtext('book/tags')))
print(root.find('book/price').text, root.find('none'))
for bad in ['/book', 'book[@]', 'book[last()-0]', 'book/@x', 'book[0]', 'book[foo()]', 'y:tag']:
    try:
        print(repr(bad), root.findall(bad, {'x': 'urn:extra'}))
    except (SyntaxError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)

# building
top = ET.Element('top', {'a': '1'}, b='2')
one = ET.SubElement(top, 'one')
one.text = 'x < y & "z"'
two = ET.SubElement(top, 'two', attr='tab\there\nnew "q" <&>')
two.tail = 'after'
ET.SubElement(top, 'empty')
top.append(ET.Comment(' note '))
top.append(ET.ProcessingInstruction('target', 'data here'))
three = ET.Element('three')
top.insert(1, three)
print(ET.tostring(top))
print(ET.tostring(top, encoding='unicode'))
print(ET.tostring(top, encoding='unicode', short_empty_elements=False))
print(ET.tostring(top, encoding='utf-8'))
print(ET.tostring(top, encoding='utf-8', xml_declaration=True))
print(ET.tostring(top, encoding='unicode', method='text'))
print(ET.tostring(ET.fromstring('<p>caf\xe9 \u20ac</p>')))
print(ET.tostring(ET.fromstring('<p>caf\xe9</p>'), encoding='latin-1'))
print(ET.tostring(ET.fromstring('<html><br/><p>a<b>c</b></p><script>a&lt;b</script></html>'), method='html'))
print(len(top), [getattr(e.tag, '__name__', e.tag) for e in top], top[0].tag, [e.tag for e in top[1:3]])
top.remove(three)
del top[-1]
print([getattr(e.tag, '__name__', e.tag) for e in top], ET.iselement(top), ET.iselement('x'))
try:
    top.append('text')
except TypeError as e:
    print('TypeError:', e)
try:
    ET.tostring(ET.Element('a', n=1))
except TypeError as e:
    print('TypeError:', e)

# namespaces in output
ns = ET.Element('{urn:one}root')
ET.SubElement(ns, '{urn:two}item', {'{urn:one}k': 'v', 'plain': 'p'})
ET.SubElement(ns, '{http://www.w3.org/2001/XMLSchema}schema')
print(ET.tostring(ns, encoding='unicode'))
ET.register_namespace('one', 'urn:one')
print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ns, encoding='unicode', default_namespace='urn:one') if False else '')
parsed = ET.fromstring('<r xmlns="urn:d" xmlns:p="urn:p"><a p:x="1" y="2"/><p:b/></r>')
print([(e.tag, e.attrib) for e in parsed.iter()])
print(ET.tostring(parsed, encoding='unicode'))

# indent
tree = ET.ElementTree(ET.fromstring('<a><b><c>t</c><d/></b><e>  </e><f>text</f></a>'))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding='unicode'))
sub = ET.fromstring('<a><b><c/></b></a>')
ET.indent(sub, space='\t', level=1)
print(repr(ET.tostring(sub, encoding='unicode')))
try:
    ET.indent(sub, level=-1)
except ValueError as e:
    print('ValueError:', e)

# files
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'doc.xml')
tree = ET.ElementTree(top)
tree.write(path)
with open(path, 'rb') as f:
    print(f.read())
tree.write(path, encoding='utf-8', xml_declaration=True)
parsed = ET.parse(path)
print(parsed.getroot().tag, [e.tag for e in parsed.iter()], parsed.find('one').text)
print(parsed.findall('.//two')[0].attrib)
buf = io.BytesIO()
parsed.write(buf, encoding='us-ascii')
print(buf.getvalue())
sbuf = io.StringIO()
parsed.write(sbuf, encoding='unicode')
print(sbuf.getvalue())
os.remove(path)
os.rmdir(folder)

# iterparse
events = []
for event, elem in ET.iterparse(io.BytesIO(b'<a xmlns:q="urn:q"><b>1</b><q:c/></a>'),
                                events=('start', 'end', 'start-ns', 'end-ns')):
    events.append((event, elem if event.endswith('-ns') else elem.tag))
print(events)
it = ET.iterparse(io.BytesIO(b'<a><b/><b/></a>'))
print([elem.tag for _, elem in it], it.root.tag)

# TreeBuilder with a custom target
class Depth:
    def __init__(self):
        self.depth = self.max = 0
    def start(self, tag, attrib):
        self.depth += 1
        self.max = max(self.max, self.depth)
    def end(self, tag):
        self.depth -= 1
    def data(self, data):
        pass
    def close(self):
        return self.max
p = ET.XMLParser(target=Depth())
p.feed('<a><b><c><d/></c></b><e/></a>')
print(p.close())
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a><!--c--><?p d?>t</a>')
r = p.close()
print([(e.tag is ET.Comment, e.tag is ET.PI, e.text, e.tail) for e in r])
print(ET.tostring(r, encoding='unicode'))
q = ET.QName('urn:x', 'tag')
print(q, repr(q), q == '{urn:x}tag', ET.tostring(ET.Element(q), encoding='unicode'))
root, ids = ET.XMLID('<a><b id="one"/><c id="two"><d/></c></a>')
print(sorted(ids), ids['two'].tag)
ET.dump(ET.fromstring('<x a="1"><y/></x>'))
e = ET.Element('e')
e.set('k', 'v')
print(e.keys(), e.items(), e.get('k'))
e.clear()
print(e.attrib, e.text, len(e))
import copy
c = copy.copy(top)
print(c is top, c.tag, len(c) == len(top), c[0] is top[0])
d = copy.deepcopy(top)
print(d[0] is top[0], d[0].text == top[0].text)
