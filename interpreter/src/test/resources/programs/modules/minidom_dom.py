# xml.dom.minidom: documents parsed from text and built by hand, the node API (children,
# siblings, attributes, insertion and removal, normalize, cloning), toxml/toprettyxml in their
# forms, and the DOM's errors.
from xml.dom import minidom, Node
import xml.dom

source = ('<?xml version="1.0"?><!-- inventory --><inventory store="north" open="yes">'
          '<item id="a1" qty="3">Widget &amp; co</item>\n  <item id="b2">Gadget &lt;new&gt;</item>'
          '<empty/><?render fast?><note>x</note></inventory>')
doc = minidom.parseString(source)
root = doc.documentElement
print(root.tagName, root.nodeName, root.nodeType == Node.ELEMENT_NODE, root.parentNode is doc)
print([(n.nodeType, n.nodeName) for n in doc.childNodes])
print([(n.nodeType, n.nodeName) for n in root.childNodes])
print(root.attributes.length, root.attributes.items(), sorted(root.attributes.keys()))
print(root.getAttribute('store'), repr(root.getAttribute('missing')), root.hasAttribute('open'))
items = doc.getElementsByTagName('item')
print(len(items), items.length, [i.getAttribute('id') for i in items], [i.firstChild.data for i in items])
print(items[0].nextSibling.nodeType, repr(items[0].nextSibling.data), items[1].previousSibling.nodeName)
print(root.firstChild.nodeName, root.lastChild.nodeName, root.lastChild.firstChild.nodeValue)
pi = root.childNodes[-2]
print(pi.nodeType, pi.target, pi.data, pi.nodeName)
print(doc.childNodes[0].data, doc.childNodes[0].nodeName, doc.childNodes[0].length)
print(doc.toxml())
print(doc.toprettyxml(indent='  '))
print(root.toxml())
print(doc.toxml(encoding='utf-8'))
print(doc.toprettyxml(indent='', newl='', encoding='ascii', standalone=True))

# building a document
impl = minidom.getDOMImplementation()
built = impl.createDocument(None, 'catalog', None)
top = built.documentElement
for number in range(3):
    book = built.createElement('book')
    book.setAttribute('n', str(number))
    book.setAttribute('title', f'Vol. "{number}" <&>')
    book.appendChild(built.createTextNode(f'text {number} & more'))
    top.appendChild(book)
top.appendChild(built.createComment(' end '))
extra = built.createElement('extra')
top.insertBefore(extra, top.firstChild)
print(built.toprettyxml())
print([c.nodeName for c in top.childNodes], top.childNodes.item(1).getAttribute('n'), top.childNodes.item(9))
top.removeChild(extra)
old = top.replaceChild(built.createElement('replacement'), top.firstChild)
print(old.getAttribute('n'), old.parentNode, [c.nodeName for c in top.childNodes])
print(top.firstChild.previousSibling, top.firstChild.nextSibling.getAttribute('n'))
attr = top.childNodes[1].getAttributeNode('title')
print(attr.name, attr.value, attr.nodeType, attr.nodeValue)
top.childNodes[1].removeAttribute('title')
print(top.childNodes[1].toxml(), top.childNodes[1].hasAttributes())

# text nodes
para = built.createElement('p')
for piece in ['one ', 'two ', '', 'three']:
    para.appendChild(built.createTextNode(piece))
print(len(para.childNodes), para.childNodes[1].wholeText)
para.normalize()
print(len(para.childNodes), repr(para.firstChild.data))
rest = para.firstChild.splitText(4)
print(repr(para.firstChild.data), repr(rest.data), len(para.childNodes))
text = para.firstChild
text.appendData('!')
text.insertData(0, '>')
print(repr(text.data), text.substringData(1, 3), text.length)

# fragments and clones
fragment = built.createDocumentFragment()
fragment.appendChild(built.createElement('f1'))
fragment.appendChild(built.createElement('f2'))
para.appendChild(fragment)
print(para.toxml(), len(fragment.childNodes))
shallow = para.cloneNode(False)
deep = para.cloneNode(True)
print(shallow.toxml(), deep.toxml(), deep.parentNode, deep.ownerDocument is built)

# errors
for action in [lambda: doc.appendChild(doc.createElement('second')),
               lambda: root.removeChild(built.createElement('stranger')),
               lambda: text.appendChild(built.createElement('x')),
               lambda: built.createComment('a--b').toxml(),
               lambda: text.substringData(-1, 2)]:
    try:
        action()
    except xml.dom.DOMException as e:
        print(type(e).__name__, e.code)
    except Exception as e:
        print(type(e).__name__)

print(minidom.parseString(b'<r a="1"><s/></r>').toxml())
print(minidom.parseString('<r>caf\u00e9</r>').toxml(encoding='ascii'))
with minidom.parseString('<r><s>t</s></r>') as scoped:
    print(scoped.documentElement.toxml())
