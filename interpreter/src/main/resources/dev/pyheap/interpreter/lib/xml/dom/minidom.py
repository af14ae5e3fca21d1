"""A small DOM, as CPython 3.11's xml.dom.minidom: documents parsed by this library's XML
scanner (xml.etree's XMLParser, through a target that builds nodes) or built by hand, walked and
changed through the DOM's node methods, and written back by toxml/toprettyxml/writexml.

Each node keeps its children in a NodeList (a list) and its neighbours and parent as plain
attributes, updated by every insertion and removal."""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, XMLNS_NAMESPACE, HierarchyRequestErr, NotFoundErr,
                     InuseAttributeErr, Node as _NodeTypes)

__all__ = ['parse', 'parseString', 'getDOMImplementation', 'Document', 'Element', 'Text',
           'Comment', 'Attr', 'NodeList', 'NamedNodeMap', 'ProcessingInstruction', 'CDATASection',
           'DocumentFragment', 'Node']


def _escape(text, attribute=False):
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;').replace('>', '&gt;')
    return text


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None

    @property
    def length(self):
        """The number of nodes in the NodeList."""
        return len(self)


class Node(_NodeTypes):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_NAMESPACE
    _children_allowed = ()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        children = self.childNodes
        return children[0] if children else None

    @property
    def lastChild(self):
        children = self.childNodes
        return children[-1] if children else None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _check_child(self, node):
        if node.nodeType not in self._children_allowed:
            raise HierarchyRequestErr(f'{node!r} cannot be child of {self!r}')

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(newChild.childNodes):
                self.insertBefore(child, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        try:
            at = self.childNodes.index(refChild)
        except ValueError:
            raise NotFoundErr()
        self.childNodes.insert(at, newChild)
        self._relink(at)
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for child in tuple(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        self._relink(len(self.childNodes) - 1)
        return node

    def _relink(self, at):
        """Sets the parent and the neighbours around position `at` of the children."""
        children = self.childNodes
        node = children[at]
        node.parentNode = self
        node.previousSibling = children[at - 1] if at > 0 else None
        node.nextSibling = children[at + 1] if at + 1 < len(children) else None
        if node.previousSibling is not None:
            node.previousSibling.nextSibling = node
        if node.nextSibling is not None:
            node.nextSibling.previousSibling = node

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        reference = oldChild.nextSibling
        self.removeChild(oldChild)
        self.insertBefore(newChild, reference)
        return oldChild

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr()
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        oldChild.previousSibling = oldChild.nextSibling = oldChild.parentNode = None
        return oldChild

    def normalize(self):
        merged = []
        for child in self.childNodes:
            if child.nodeType == self.TEXT_NODE:
                if not child.data:
                    continue
                if merged and merged[-1].nodeType == self.TEXT_NODE:
                    merged[-1].data += child.data
                    continue
            elif child.nodeType == self.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged
        for i in range(len(merged)):
            self._relink(i)

    def cloneNode(self, deep):
        return self._clone(self.ownerDocument or self, deep)

    def unlink(self):
        for child in self.childNodes:
            child.unlink()
        self.parentNode = self.previousSibling = self.nextSibling = None

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors='xmlcharrefreplace',
                                      newline='\n')
        if self.nodeType == self.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding, standalone)
        else:
            self.writexml(writer, '', indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.detach().getvalue()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

    def _descendants(self):
        for child in self.childNodes:
            yield child
            yield from child._descendants()


class _Leaf(Node):
    """A node without children."""
    childNodes = NodeList()

    def _descendants(self):
        return iter(())

    def appendChild(self, node):
        raise HierarchyRequestErr(f'{self.nodeName} nodes cannot have children')

    insertBefore = replaceChild = appendChild

    def removeChild(self, oldChild):
        raise NotFoundErr(f'{self.nodeName} nodes do not have children')

    def normalize(self):
        pass


class _CharacterData(_Leaf):
    def __init__(self, data=''):
        self.data = data

    nodeValue = property(lambda self: self.data, lambda self, value: setattr(self, 'data', value))

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = '...' if len(data) > 10 else ''
        return f'<DOM {type(self).__name__} node "{data[:10]!r}{dots}">'

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr('offset cannot be negative')
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr('offset cannot be beyond end of data')
        if count < 0:
            raise xml.dom.IndexSizeErr('count cannot be negative')
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data += arg

    def insertData(self, offset, arg):
        self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self.data = self.data[:offset] + arg + self.data[offset + count:]


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'
    attributes = None

    def _clone(self, document, deep):
        return document.createTextNode(self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(_escape(f'{indent}{self.data}{newl}'))

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr('illegal offset value')
        rest = self.ownerDocument.createTextNode(self.data[offset:])
        if self.parentNode is not None:
            self.parentNode.insertBefore(rest, self.nextSibling)
        self.data = self.data[:offset]
        return rest

    @property
    def wholeText(self):
        start = self
        while start.previousSibling is not None and start.previousSibling.nodeType in (self.TEXT_NODE, self.CDATA_SECTION_NODE):
            start = start.previousSibling
        parts = []
        node = start
        while node is not None and node.nodeType in (self.TEXT_NODE, self.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return ''.join(parts)


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def _clone(self, document, deep):
        return document.createCDATASection(self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write(f'<![CDATA[{self.data}]]>')


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def _clone(self, document, deep):
        return document.createComment(self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(f'{indent}<!--{self.data}-->{newl}')


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    nodeName = property(lambda self: self.target)
    nodeValue = property(lambda self: self.data, lambda self, value: setattr(self, 'data', value))

    def _clone(self, document, deep):
        return document.createProcessingInstruction(self.target, self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(f'{indent}<?{self.target} {self.data}?>{newl}')


class Attr(Node):
    nodeType = Node.ATTRIBUTE_NODE
    attributes = None
    specified = False
    ownerElement = None
    _children_allowed = (Node.TEXT_NODE,)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._local = localName
        self.prefix = prefix
        self.value = ''
        self.childNodes = NodeList()

    @property
    def localName(self):
        return self._local if self._local is not None else self.name.split(':', 1)[-1]

    nodeValue = property(lambda self: self.value, lambda self, value: setattr(self, 'value', value))

    def _clone(self, document, deep):
        copy = document.createAttributeNS(self.namespaceURI, self.name)
        copy.value = self.value
        copy.specified = True
        return copy

    def unlink(self):
        self.ownerElement = None


class NamedNodeMap:
    """The attributes of an element, by name, in the order they were set."""
    __slots__ = ('_element',)

    def __init__(self, element):
        self._element = element

    def _attrs(self):
        return self._element._attrs

    @property
    def length(self):
        return len(self._attrs())

    def __len__(self):
        return len(self._attrs())

    def item(self, index):
        values = list(self._attrs().values())
        return values[index] if 0 <= index < len(values) else None

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs().items()]

    def itemsNS(self):
        return [((attr.namespaceURI, attr.localName), attr.value) for attr in self._attrs().values()]

    def keys(self):
        return self._attrs().keys()

    def keysNS(self):
        return [(attr.namespaceURI, attr.localName) for attr in self._attrs().values()]

    def values(self):
        return self._attrs().values()

    def get(self, name, value=None):
        return self._attrs().get(name, value)

    def __contains__(self, name):
        return name in self._attrs()

    def __getitem__(self, name):
        if isinstance(name, tuple):
            for attr in self._attrs().values():
                if (attr.namespaceURI, attr.localName) == name:
                    return attr
            raise KeyError(name)
        return self._attrs()[name]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._element.setAttribute(name, value)
        else:
            self._element.setAttributeNode(value)

    def __delitem__(self, name):
        self._element.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs().get(name)

    def setNamedItem(self, node):
        return self._element.setAttributeNode(node)

    def removeNamedItem(self, name):
        attr = self._attrs().get(name)
        if attr is None:
            raise NotFoundErr()
        self._element.removeAttributeNode(attr)
        return attr


class Element(Node):
    nodeType = Node.ELEMENT_NODE
    nodeValue = None
    _children_allowed = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def localName(self):
        return self._local if self._local is not None else self.tagName.split(':', 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def __repr__(self):
        return f'<DOM Element: {self.tagName} at {id(self):#x}>'

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ''

    def getAttributeNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr.value
        return ''

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, _, local = qualifiedName.rpartition(':')
        attr = self._attrs.get(qualifiedName)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix or None)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[qualifiedName] = attr
        attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr('attribute node already owned')
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        try:
            attr = self._attrs.pop(name)
        except KeyError:
            raise NotFoundErr()
        attr.ownerElement = None

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return NodeList(node for node in self._descendants()
                        if node.nodeType == self.ELEMENT_NODE and (name == '*' or node.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(node for node in self._descendants()
                        if node.nodeType == self.ELEMENT_NODE
                        and localName in ('*', node.localName) and namespaceURI in ('*', node.namespaceURI))

    def _clone(self, document, deep):
        copy = document.createElementNS(self.namespaceURI, self.tagName)
        for attr in self._attrs.values():
            copy.setAttributeNode(attr._clone(document, True))
        if deep:
            for child in self.childNodes:
                copy.appendChild(child._clone(document, True))
        return copy

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        super().unlink()

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(f'{indent}<{self.tagName}')
        for name, attr in self._attrs.items():
            writer.write(f' {name}="{_escape(attr.value, True)}"')
        children = self.childNodes
        if not children:
            writer.write(f'/>{newl}')
            return
        writer.write('>')
        if len(children) == 1 and children[0].nodeType in (self.TEXT_NODE, self.CDATA_SECTION_NODE):
            children[0].writexml(writer, '', '', '')
        else:
            writer.write(newl)
            for child in children:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write(f'</{self.tagName}>{newl}')


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'
    nodeValue = None
    attributes = None
    _children_allowed = Element._children_allowed

    def __init__(self):
        self.childNodes = NodeList()

    def _clone(self, document, deep):
        copy = document.createDocumentFragment()
        if deep:
            for child in self.childNodes:
                copy.appendChild(child._clone(document, True))
        return copy


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE
    nodeValue = None

    def __init__(self, qualifiedName):
        self.name = self.nodeName = qualifiedName
        self.publicId = self.systemId = self.internalSubset = None

    def _clone(self, document, deep):
        copy = DocumentType(self.name)
        copy.publicId, copy.systemId, copy.internalSubset = self.publicId, self.systemId, self.internalSubset
        return copy

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(f'<!DOCTYPE {self.name}')
        if self.publicId:
            writer.write(f'{newl}  PUBLIC \'{self.publicId}\'{newl}  \'{self.systemId}\'')
        elif self.systemId:
            writer.write(f'{newl}  SYSTEM \'{self.systemId}\'')
        if self.internalSubset is not None:
            writer.write(f' [{self.internalSubset}]')
        writer.write(f'>{newl}')


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    nodeValue = None
    attributes = None
    doctype = None
    documentURI = None
    encoding = None
    standalone = None
    version = None
    _children_allowed = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                         Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def implementation(self):
        return _IMPLEMENTATION

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == self.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == self.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr('two document elements disallowed')
        return super().appendChild(node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(':')
        return self._own(Element(qualifiedName, namespaceURI, prefix or None, local))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(':')
        return self._own(Attr(qualifiedName, namespaceURI, local, prefix or None))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementsByTagName(self, name):
        return Element.getElementsByTagName(self, name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return Element.getElementsByTagNameNS(self, namespaceURI, localName)

    def getElementById(self, elementId):
        for node in self._descendants():
            if node.nodeType == self.ELEMENT_NODE and getattr(node, '_id_attr', None) == elementId:
                return node
        return None

    def importNode(self, node, deep):
        if node.nodeType in (self.DOCUMENT_NODE, self.DOCUMENT_TYPE_NODE):
            raise xml.dom.NotSupportedErr('cannot import document nodes')
        return node._clone(self, deep)

    def cloneNode(self, deep):
        copy = Document()
        if deep:
            for child in self.childNodes:
                copy.appendChild(child._clone(copy, True))
        return copy

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None, standalone=None):
        fields = []
        if encoding:
            fields.append(f'encoding="{encoding}"')
        if standalone is not None:
            fields.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(fields)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def unlink(self):
        super().unlink()


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ('core', 'xml') and version in (None, '', '1.0', '2.0')

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr('doctype object owned by another DOM tree')
        document = Document()
        if doctype is not None:
            document.appendChild(doctype)
            document.doctype = doctype
        if qualifiedName:
            document.appendChild(document.createElementNS(namespaceURI, qualifiedName))
        return document

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId, doctype.systemId = publicId, systemId
        return doctype


_IMPLEMENTATION = DOMImplementation()


def getDOMImplementation(features=None):
    return _IMPLEMENTATION


class _Builder:
    """Builds a document from expat's events (namespace triplets "uri local prefix")."""

    def __init__(self):
        self.document = Document()
        self.open = [self.document]
        self.pending_ns = []
        # inside <![CDATA[...]]>: its text becomes one CDATASection node (expatbuilder's
        # cdata_sections option, on by default), which later text does not join
        self.in_cdata = False
        self.cdata_continue = False

    def install(self, parser):
        parser.buffer_text = True
        parser.ordered_attributes = True
        parser.specified_attributes = True
        parser.namespace_prefixes = True
        parser.StartNamespaceDeclHandler = self.start_ns
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.XmlDeclHandler = self.xml_decl
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata

    @staticmethod
    def _qualified(name):
        parts = name.split(' ')
        if len(parts) == 1:
            return name, None, None, name
        if len(parts) == 2:
            return parts[1], parts[0], None, parts[1]
        uri, local, prefix = parts
        return f'{prefix}:{local}', uri, prefix, local

    def start_ns(self, prefix, uri):
        self.pending_ns.append((prefix, uri or ''))

    def start(self, tag, attrs):
        name, uri, prefix, local = self._qualified(tag)
        element = self.document._own(Element(name, uri, prefix, local))
        for ns_prefix, ns_uri in self.pending_ns:
            element.setAttributeNS(XMLNS_NAMESPACE, f'xmlns:{ns_prefix}' if ns_prefix else 'xmlns', ns_uri)
        self.pending_ns = []
        for i in range(0, len(attrs), 2):
            attr_name, attr_uri, _, _ = self._qualified(attrs[i])
            if attr_uri is None:
                element.setAttribute(attr_name, attrs[i + 1])
            else:
                element.setAttributeNS(attr_uri, attr_name, attrs[i + 1])
        self.open[-1].appendChild(element)
        self.open.append(element)

    def end(self, tag):
        self.open.pop()

    def data(self, text):
        parent = self.open[-1]
        if parent is self.document:
            return
        last = parent.childNodes[-1] if parent.childNodes else None
        if self.in_cdata:
            if self.cdata_continue and last is not None and last.nodeType == Node.CDATA_SECTION_NODE:
                last.data += text
            else:
                parent.appendChild(self.document.createCDATASection(text))
                self.cdata_continue = True
        elif last is not None and last.nodeType == Node.TEXT_NODE:
            last.data += text
        else:
            parent.appendChild(self.document.createTextNode(text))

    def start_cdata(self):
        self.in_cdata = True
        self.cdata_continue = False

    def end_cdata(self):
        self.in_cdata = False
        self.cdata_continue = False

    def comment(self, text):
        self.open[-1].appendChild(self.document.createComment(text))

    def pi(self, target, text):
        self.open[-1].appendChild(self.document.createProcessingInstruction(target, text or ''))

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        if standalone >= 0:
            self.document.standalone = bool(standalone)


def _parser(builder):
    from xml.parsers import expat
    parser = expat.ParserCreate(namespace_separator=' ')
    builder.install(parser)
    return parser


def parseString(string, parser=None):
    """Parse a file into a DOM from a string (badly formed XML raises expat's ExpatError)."""
    builder = _Builder()
    _parser(builder).Parse(string, True)
    return builder.document


def parse(file, parser=None, bufsize=None):
    """Parse a file into a DOM by filename or file object."""
    builder = _Builder()
    if isinstance(file, str):
        with open(file, 'rb') as stream:
            _parser(builder).ParseFile(stream)
    else:
        _parser(builder).ParseFile(file)
    return builder.document
