"""A pull parser over SAX: a document read as a stream of (event, node) pairs, where the
application asks for the next event and may expand an element into a full DOM subtree.

PullDOM is the SAX content handler that turns events into minidom nodes and keeps them in a
singly linked list (`firstEvent` is a sentinel; each cell is [(event, node), next]);
DOMEventStream feeds the reader until the list has an event and hands it out."""

import xml.sax
import xml.sax.handler

START_ELEMENT = "START_ELEMENT"
END_ELEMENT = "END_ELEMENT"
COMMENT = "COMMENT"
START_DOCUMENT = "START_DOCUMENT"
END_DOCUMENT = "END_DOCUMENT"
PROCESSING_INSTRUCTION = "PROCESSING_INSTRUCTION"
IGNORABLE_WHITESPACE = "IGNORABLE_WHITESPACE"
CHARACTERS = "CHARACTERS"

_XMLNS_URI = 'http://www.w3.org/2000/xmlns/'


class PullDOM(xml.sax.ContentHandler):
    _locator = None
    document = None

    def __init__(self, documentFactory=None):
        from xml.dom import XML_NAMESPACE
        self.documentFactory = documentFactory
        self.firstEvent = [None, None]
        self.lastEvent = self.firstEvent
        self.elementStack = []
        self.push = self.elementStack.append
        self._ns_contexts = [{XML_NAMESPACE: 'xml'}]
        self._current_context = self._ns_contexts[-1]
        # comments and processing instructions before the document element wait for it
        self.pending_events = []

    def pop(self):
        return self.elementStack.pop()

    def _event(self, event):
        cell = [event, None]
        self.lastEvent[1] = cell
        self.lastEvent = cell

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startPrefixMapping(self, prefix, uri):
        if not hasattr(self, '_xmlns_attrs'):
            self._xmlns_attrs = []
        self._xmlns_attrs.append((prefix or 'xmlns', uri))
        self._ns_contexts.append(self._current_context.copy())
        self._current_context[uri] = prefix or None

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def _qualified(self, uri, local):
        prefix = self._current_context[uri]
        return prefix + ":" + local if prefix else local

    def startElementNS(self, name, tagName, attrs):
        xmlns_attrs = getattr(self, '_xmlns_attrs', None)
        if xmlns_attrs is not None:
            for aname, value in xmlns_attrs:
                attrs._attrs[(_XMLNS_URI, aname)] = value
            self._xmlns_attrs = []
        uri, localname = name
        if uri:
            if tagName is None:
                tagName = self._qualified(uri, localname)
            node = (self.document.createElementNS(uri, tagName) if self.document
                    else self.buildDocument(uri, tagName))
        else:
            node = (self.document.createElement(localname) if self.document
                    else self.buildDocument(None, localname))
        for (a_uri, a_local), value in attrs.items():
            if a_uri == _XMLNS_URI:
                qname = a_local if a_local == 'xmlns' else 'xmlns:' + a_local
                attr = self.document.createAttributeNS(a_uri, qname)
                node.setAttributeNodeNS(attr)
            elif a_uri:
                attr = self.document.createAttributeNS(a_uri, self._qualified(a_uri, a_local))
                node.setAttributeNodeNS(attr)
            else:
                attr = self.document.createAttribute(a_local)
                node.setAttributeNode(attr)
            attr.value = value
        self._event((START_ELEMENT, node))
        self.push(node)

    def endElementNS(self, name, tagName):
        self._event((END_ELEMENT, self.pop()))

    def startElement(self, name, attrs):
        node = self.document.createElement(name) if self.document else self.buildDocument(None, name)
        for aname, value in attrs.items():
            attr = self.document.createAttribute(aname)
            attr.value = value
            node.setAttributeNode(attr)
        self._event((START_ELEMENT, node))
        self.push(node)

    def endElement(self, name):
        self._event((END_ELEMENT, self.pop()))

    def comment(self, s):
        if self.document:
            self._event((COMMENT, self.document.createComment(s)))
        else:
            self.pending_events.append([(COMMENT, s), None])

    def processingInstruction(self, target, data):
        if self.document:
            self._event((PROCESSING_INSTRUCTION, self.document.createProcessingInstruction(target, data)))
        else:
            self.pending_events.append([(PROCESSING_INSTRUCTION, target, data), None])

    def ignorableWhitespace(self, chars):
        self._event((IGNORABLE_WHITESPACE, self.document.createTextNode(chars)))

    def characters(self, chars):
        self._event((CHARACTERS, self.document.createTextNode(chars)))

    def startDocument(self):
        if self.documentFactory is None:
            import xml.dom.minidom
            self.documentFactory = xml.dom.minidom.getDOMImplementation()

    def buildDocument(self, uri, tagname):
        node = self.documentFactory.createDocument(uri, tagname, None)
        self.document = node
        self._event((START_DOCUMENT, node))
        self.push(node)
        for cell in self.pending_events:
            kind = cell[0][0]
            if kind == PROCESSING_INSTRUCTION:
                cell[0] = (kind, self.document.createProcessingInstruction(*cell[0][1:]))
            elif kind == COMMENT:
                cell[0] = (kind, self.document.createComment(cell[0][1]))
            else:
                raise AssertionError("Unknown pending event ", kind)
            self.lastEvent[1] = cell
            self.lastEvent = cell
        self.pending_events = None
        return node.firstChild

    def endDocument(self):
        self._event((END_DOCUMENT, self.document))
        self.pop()

    def clear(self):
        """Drop the document, so that the nodes can be collected."""
        self.document = None


class ErrorHandler:
    def warning(self, exception):
        print(exception)

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception


class DOMEventStream:
    def __init__(self, stream, parser, bufsize):
        self.stream = stream
        self.parser = parser
        self.bufsize = bufsize
        if not hasattr(self.parser, 'feed'):
            self.getEvent = self._slurp
        self.reset()

    def reset(self):
        self.pulldom = PullDOM()
        self.parser.setFeature(xml.sax.handler.feature_namespaces, 1)
        self.parser.setContentHandler(self.pulldom)

    def __getitem__(self, pos):
        import warnings
        warnings.warn("DOMEventStream's __getitem__ method ignores 'pos' parameter. "
                      "Use iterator protocol instead.", DeprecationWarning, stacklevel=2)
        rc = self.getEvent()
        if rc:
            return rc
        raise IndexError

    def __next__(self):
        rc = self.getEvent()
        if rc:
            return rc
        raise StopIteration

    def __iter__(self):
        return self

    def expandNode(self, node):
        """Read the rest of `node` (the element of the last START_ELEMENT) into it."""
        event = self.getEvent()
        parents = [node]
        while event:
            token, cur_node = event
            if cur_node is node:
                return
            if token != END_ELEMENT:
                parents[-1].appendChild(cur_node)
            if token == START_ELEMENT:
                parents.append(cur_node)
            elif token == END_ELEMENT:
                parents.pop()
            event = self.getEvent()

    def getEvent(self):
        pulldom = self.pulldom
        if not pulldom.firstEvent[1]:
            pulldom.lastEvent = pulldom.firstEvent
        while not pulldom.firstEvent[1]:
            buf = self.stream.read(self.bufsize)
            if not buf:
                self.parser.close()
                return None
            self.parser.feed(buf)
        rc = pulldom.firstEvent[1][0]
        pulldom.firstEvent[1] = pulldom.firstEvent[1][1]
        return rc

    def _slurp(self):
        # a reader without feed: the whole document is read at once, then handed out
        self.parser.parse(self.stream)
        self.getEvent = self._emit
        return self._emit()

    def _emit(self):
        rc = self.pulldom.firstEvent[1][0]
        self.pulldom.firstEvent[1] = self.pulldom.firstEvent[1][1]
        return rc

    def clear(self):
        """Drop the stream and the document."""
        self.pulldom.clear()
        del self.pulldom
        self.parser = None
        self.stream = None


class SAX2DOM(PullDOM):
    """A PullDOM that also links each node into its parent: the whole document is built."""

    def startElementNS(self, name, tagName, attrs):
        PullDOM.startElementNS(self, name, tagName, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def startElement(self, name, attrs):
        PullDOM.startElement(self, name, attrs)
        self.elementStack[-2].appendChild(self.elementStack[-1])

    def processingInstruction(self, target, data):
        PullDOM.processingInstruction(self, target, data)
        self.elementStack[-1].appendChild(self.lastEvent[0][1])

    def ignorableWhitespace(self, chars):
        PullDOM.ignorableWhitespace(self, chars)
        self.elementStack[-1].appendChild(self.lastEvent[0][1])

    def characters(self, chars):
        PullDOM.characters(self, chars)
        self.elementStack[-1].appendChild(self.lastEvent[0][1])


default_bufsize = (2 ** 14) - 20


def parse(stream_or_string, parser=None, bufsize=None):
    if bufsize is None:
        bufsize = default_bufsize
    stream = open(stream_or_string, 'rb') if isinstance(stream_or_string, str) else stream_or_string
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(stream, parser, bufsize)


def parseString(string, parser=None):
    from io import StringIO
    if not parser:
        parser = xml.sax.make_parser()
    return DOMEventStream(StringIO(string), parser, len(string))
