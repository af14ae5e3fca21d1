"""The element tree: a light XML document model, its parser and its serializer.

An Element has a tag, an attribute dict, `text` (the character data before its first child),
`tail` (the character data after its end tag, up to the next sibling) and a list of children.
ElementTree wraps a root element for whole-document reading and writing.

The parser (`XMLParser`) is written here rather than over expat: `_Scanner` reads the document
(decoded to str, line ends normalized) in one pass with an explicit stack of open elements,
resolves namespaces (`prefix:name` becomes `{uri}name`, the `xmlns` attributes are consumed) and
calls a target, by default a `TreeBuilder`. Malformed documents raise ParseError with the message,
code and (line, column) that expat gives for the same mistake. Text fed to the parser is
collected and scanned when `close` is called; `iterparse` steps the scanner lazily.
"""

import io
import re
import sys
import warnings

from . import ElementPath as _paths

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An error while parsing XML; `code` is expat's error number, `position` (line, column)."""


def iselement(element):
    """Whether the object looks like an element (it has a `tag`)."""
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib, text, tail and a list of subelements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if type(attrib) is not dict and not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = dict(attrib, **extra)
        self._kids = []

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return type(self)(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text = self.text
        twin.tail = self.tail
        twin[:] = self
        return twin

    def __len__(self):
        return len(self._kids)

    def __bool__(self):
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._kids) != 0

    def __getitem__(self, index):
        try:
            return self._kids[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for e in element:
                self._assert_is_element(e)
        else:
            self._assert_is_element(element)
        self._kids[index] = element

    def __delitem__(self, index):
        del self._kids[index]

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        self._kids.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._kids.append(element)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        self._kids.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not "%s"' % type(e).__name__)

    def remove(self, subelement):
        self._kids.remove(subelement)

    def find(self, path, namespaces=None):
        return _paths.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return _paths.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return _paths.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return _paths.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._kids = []
        self.text = self.tail = None

    def get(self, key, default=None):
        attrib = self.attrib
        return attrib[key] if key in attrib else default

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag in (None, self.tag):
            yield self
        for child in self._kids:
            yield from child.iter(tag)

    def itertext(self):
        if self.text:
            yield self.text
        for child in self:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    """Make an element with `parent.makeelement` and append it to parent."""
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, not %s"
                        % type(parent).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element (serialized as <!--text-->)."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing instruction element (serialized as <?target text?>)."""
    element = Element(ProcessingInstruction)
    element.text = target + " " + text if text else target
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: `QName(uri, tag)` stands for '{uri}tag'."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """A whole document: a root element, read from and written to files."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        with _Sink(file_or_filename, encoding) as sink:
            write, declared = sink.write, sink.declared
            if method == "xml" and (xml_declaration or (
                    xml_declaration is None and encoding.lower() != "unicode"
                    and declared.lower() not in ("utf-8", "us-ascii"))):
                write("<?xml version='1.0' encoding='%s'?>\n" % declared)
            if method == "text":
                for piece in self._root.itertext():
                    write(piece)
                if self._root.tail:
                    write(self._root.tail)
            else:
                names, uris = _collect_names(self._root, default_namespace)
                if method == "xml":
                    _write_xml(write, self._root, names, uris, short_empty_elements)
                else:
                    _write_html(write, self._root, names, uris)

    def write_c14n(self, file):
        raise ValueError("unknown method 'c14n'")


class _Sink:
    """Where `write` sends text: a str or bytes stream, or a named file, encoding as asked
    (characters the encoding lacks become character references)."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding
        self.declared = encoding
        self.close = None

    def __enter__(self):
        target, encoding = self.target, self.encoding
        if encoding.lower() == "unicode":
            if hasattr(target, "write"):
                self.write = target.write
            else:
                f = open(target, "w", encoding="utf-8", errors="xmlcharrefreplace")
                self.write, self.close = f.write, f.close
            self.declared = "utf-8" if not hasattr(target, "write") else \
                getattr(target, "encoding", None) or "utf-8"
            return self
        if hasattr(target, "write"):
            if isinstance(target, io.TextIOBase):
                self.write = target.write
            else:
                out = target.write

                def write(text):
                    out(text.encode(encoding, "xmlcharrefreplace"))
                self.write = write
        else:
            f = open(target, "w", encoding=encoding, errors="xmlcharrefreplace")
            self.write, self.close = f.write, f.close
        return self

    def __exit__(self, *exc):
        if self.close is not None:
            self.close()


def register_namespace(prefix, uri):
    """Register a prefix for the serializer to use for a namespace uri."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}
register_namespace._namespace_map = _namespace_map


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _escape_text(text):
    if not isinstance(text, str):
        _cannot_serialize(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ATTR_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                 "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}
_attr_special = re.compile('[&<>"\r\n\t]')


def _escape_attr(value):
    if not isinstance(value, str):
        _cannot_serialize(value)
    return _attr_special.sub(lambda m: _ATTR_ESCAPES[m.group()], value)


def _escape_attr_html(value):
    if not isinstance(value, str):
        _cannot_serialize(value)
    return value.replace("&", "&amp;").replace(">", "&gt;").replace('"', "&quot;")


def _collect_names(root, default_namespace):
    """The serialized form of every tag and attribute name in the tree, and the namespace
    declarations (uri -> prefix) the root must carry: a prefix is taken from the registered
    ones, else made up as ns0, ns1, ... in order of first use."""
    names = {None: None}
    uris = {}
    if default_namespace:
        uris[default_namespace] = ""

    def name_of(qname):
        if not isinstance(qname, str):
            _cannot_serialize(qname)
        if qname[:1] == "{":
            uri, local = qname[1:].rsplit("}", 1)
            prefix = uris.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(uris)
                if prefix != "xml":
                    uris[uri] = prefix
            names[qname] = prefix + ":" + local if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            names[qname] = qname

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            tag = tag.text
        if isinstance(tag, str):
            if tag not in names:
                name_of(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _cannot_serialize(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in names:
                name_of(key)
            if isinstance(value, QName) and value.text not in names:
                name_of(value.text)
        if isinstance(elem.text, QName) and elem.text.text not in names:
            name_of(elem.text.text)
    return names, uris


def _open_tag(write, elem, tag, names, uris, escape):
    write("<" + tag)
    if uris:
        for uri, prefix in sorted(uris.items(), key=lambda item: item[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attr(uri)))
    for key, value in list(elem.items()):
        if isinstance(key, QName):
            key = key.text
        value = names[value.text] if isinstance(value, QName) else escape(value)
        write(' %s="%s"' % (names[key], value))


def _write_xml(write, elem, names, uris, short_empty):
    tag, text = elem.tag, elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = names[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_text(text))
            for child in elem:
                _write_xml(write, child, names, None, short_empty)
        else:
            _open_tag(write, elem, tag, names, uris, _escape_attr)
            if text or len(elem) or not short_empty:
                write(">")
                if text:
                    write(_escape_text(text))
                for child in elem:
                    _write_xml(write, child, names, None, short_empty)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_text(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _write_html(write, elem, names, uris):
    tag, text = elem.tag, elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_text(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_text(text))
    else:
        tag = names[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_text(text))
            for child in elem:
                _write_html(write, child, names, None)
        else:
            _open_tag(write, elem, tag, names, uris, _escape_attr_html)
            write(">")
            lowered = tag.lower()
            if text:
                write(text if lowered in ("script", "style") else _escape_text(text))
            for child in elem:
                _write_html(write, child, names, None)
            if lowered not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_text(elem.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element and its subtree as XML: str for encoding='unicode', else bytes
    (US-ASCII by default)."""
    stream = io.BytesIO() if encoding != 'unicode' else io.StringIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write the element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the subtree in place by rewriting white-space text and tails: each child on its
    own line, `space` repeated once per level."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    margins = ["\n" + level * space]

    def margin(depth):
        while len(margins) <= depth:
            margins.append(margins[-1] + space)
        return margins[depth]

    def walk(elem, depth):
        inner = margin(depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        last = None
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = margin(depth)

    walk(tree, 0)


# -- parsing

def parse(source, parser=None):
    """Read a document from a file name or binary file object into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """The root element of a document given as str or bytes."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    root = XML(text, parser)
    ids = {}
    for elem in root.iter():
        value = elem.get("id")
        if value:
            ids[value] = elem
    return root, ids


def iterparse(source, events=None, parser=None):
    """Iterate over (event, element) pairs while reading a document; events are any of
    'start', 'end', 'comment', 'pi', 'start-ns', 'end-ns' ('end' only by default). The
    iterator's `root` is the root element once the document is read."""
    wanted = set(events or ("end",))
    for event in wanted:
        if event not in ("start", "end", "comment", "pi", "start-ns", "end-ns"):
            raise ValueError("unknown event %r" % event)
    own = not hasattr(source, "read")
    stream = open(source, "rb") if own else source
    queue = []
    builder = _EventRecorder(TreeBuilder(), queue, wanted)
    p = parser or XMLParser(target=builder)
    if parser is not None:
        p.target = builder

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._events)

    it = IterParseIterator()

    def produce():
        try:
            p.feed(stream.read())
            for _ in p._scan_steps():
                yield from queue
                queue.clear()
            yield from queue
            queue.clear()
            it.root = builder.close()
        finally:
            if own:
                stream.close()

    it._events = produce()
    return it


class _EventRecorder:
    """A target that passes calls to a TreeBuilder and records the events asked for."""

    def __init__(self, builder, queue, wanted):
        self.builder = builder
        self.queue = queue
        self.wanted = wanted

    def start(self, tag, attrs):
        elem = self.builder.start(tag, attrs)
        if "start" in self.wanted:
            self.queue.append(("start", elem))
        return elem

    def end(self, tag):
        elem = self.builder.end(tag)
        if "end" in self.wanted:
            self.queue.append(("end", elem))
        return elem

    def data(self, text):
        self.builder.data(text)

    def comment(self, text):
        if "comment" in self.wanted:
            self.queue.append(("comment", self.builder.comment(text)))

    def pi(self, target, text=None):
        if "pi" in self.wanted:
            self.queue.append(("pi", self.builder.pi(target, text)))

    def start_ns(self, prefix, uri):
        if "start-ns" in self.wanted:
            self.queue.append(("start-ns", (prefix or "", uri or "")))

    def end_ns(self, prefix):
        if "end-ns" in self.wanted:
            self.queue.append(("end-ns", None))

    def close(self):
        return self.builder.close()


class XMLPullParser:
    """Events from text fed in pieces: feed, then read_events (here the document is read when
    close is called, so events come after close)."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._wanted = set(events or ("end",))
        self._builder = _EventRecorder(TreeBuilder(), self._queue, self._wanted)
        self._parser = _parser or XMLParser(target=self._builder)

    def feed(self, data):
        self._parser.feed(data)

    def close(self):
        self._root = self._parser.close()

    def read_events(self):
        while self._queue:
            yield self._queue.pop(0)


class TreeBuilder:
    """The default parser target: builds Elements from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._text_parts = []
        self._open = []
        self._latest = None
        self._root = None
        self._after_end = None
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._make = element_factory or Element

    def close(self):
        assert not self._open, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._text_parts:
            if self._latest is not None:
                text = "".join(self._text_parts)
                if self._after_end:
                    assert self._latest.tail is None, "internal error (tail)"
                    self._latest.tail = text
                else:
                    assert self._latest.text is None, "internal error (text)"
                    self._latest.text = text
            self._text_parts = []

    def data(self, data):
        self._text_parts.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._latest = elem = self._make(tag, attrs)
        if self._open:
            self._open[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._open.append(elem)
        self._after_end = 0
        return elem

    def end(self, tag):
        self._flush()
        self._latest = self._open.pop()
        assert self._latest.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._latest.tag, tag)
        self._after_end = 1
        return self._latest

    def comment(self, text):
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._special(self._pi_factory, self.insert_pis, target, text)

    def _special(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._latest = elem
            if self._open:
                self._open[-1].append(elem)
            self._after_end = 1
        return elem


# expat's error codes and messages, for the mistakes the scanner recognizes
_SYNTAX, _NO_ELEMENTS, _INVALID_TOKEN, _UNCLOSED_TOKEN = 2, 3, 4, 5
_TAG_MISMATCH, _DUPLICATE_ATTRIBUTE, _JUNK_AFTER_DOC = 7, 8, 9
_UNDEFINED_ENTITY, _BAD_CHAR_REF, _MISPLACED_XML_PI = 11, 14, 17
_UNCLOSED_CDATA, _UNBOUND_PREFIX = 20, 27
_MESSAGES = {
    _SYNTAX: "syntax error",
    _NO_ELEMENTS: "no element found",
    _INVALID_TOKEN: "not well-formed (invalid token)",
    _UNCLOSED_TOKEN: "unclosed token",
    _TAG_MISMATCH: "mismatched tag",
    _DUPLICATE_ATTRIBUTE: "duplicate attribute",
    _JUNK_AFTER_DOC: "junk after document element",
    _UNDEFINED_ENTITY: "undefined entity",
    _BAD_CHAR_REF: "reference to invalid character number",
    _MISPLACED_XML_PI: "XML or text declaration not at start of entity",
    _UNCLOSED_CDATA: "unclosed CDATA section",
    _UNBOUND_PREFIX: "unbound prefix",
}

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
# a name with at most one colon: a second one is where expat's namespace-aware scanner stops
_name_rx = re.compile(r"[^\W\d][\w.\-\u00b7]*(?::[^\W\d][\w.\-\u00b7]*)?")
_space_rx = re.compile(r"[ \t\n]*")
_prolog_name_rx = re.compile(r"[\w.\-\u00b7:]+")
_PROLOG_NAME_ENDS = frozenset(" \t\n>[%|,)*+?")
_PROLOG_MARKS = frozenset(">[]()|,")
_decl_word_rx = re.compile(r"[\w\-]*")
_end_name_rx = re.compile(r"[^\W\d][\w.\-\u00b7:]*")
_entity_decl_rx = re.compile(r"""<!ENTITY\s+([^\W\d][\w.\-]*)\s+("[^"]*"|'[^']*')\s*>""")
_char_ref_rx = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
_entity_name_rx = re.compile(r"[^\W\d][\w.\-\u00b7]*")
_bad_char_rx = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_encoding_rx = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z][\w.\-]*)["']""")


def _allowed_char(code):
    return (code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


class _Failure(Exception):
    def __init__(self, code, pos, message=None):
        self.code = code
        self.pos = pos
        self.message = message


class XMLParser:
    """The XML parser: text given to `feed` is read on `close`, which calls the target's
    start, end, data, comment, pi, start_ns and end_ns methods (those it has) and returns
    the target's `close()` result."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self._chunks = []
        self.version = "Expat 2.5.0"
        self.entity = {}

    def feed(self, data):
        self._chunks.append(data)

    def _text(self):
        chunks = self._chunks
        if any(isinstance(c, str) for c in chunks):
            return "".join(c if isinstance(c, str) else c.decode("utf-8") for c in chunks)
        raw = b"".join(chunks)
        encoding = self._encoding
        if encoding is None:
            if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                encoding = "utf-16"
            elif raw[:3] == b"\xef\xbb\xbf":
                encoding = "utf-8-sig"
            else:
                m = _encoding_rx.match(raw)
                encoding = m.group(1).decode("ascii") if m else "utf-8"
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as e:
            good = raw[:e.start].decode(encoding, "replace")
            self._raise(_INVALID_TOKEN, good.replace("\r\n", "\n"), len(good))
        except LookupError:
            self._raise(_UNKNOWN_ENCODING, "", 0)

    def _scan_steps(self):
        text = self._text().replace("\r\n", "\n").replace("\r", "\n")
        scanner = _Scanner(text, self.target, self.entity)
        try:
            yield from scanner.run()
        except _Failure as f:
            failure = f
        else:
            return
        self._raise(failure.code, text, failure.pos, failure.message)

    def _raise(self, code, text, pos, message=None):
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1)
        message = message or _MESSAGES.get(code, "unknown encoding")
        err = ParseError("%s: line %d, column %d" % (message, line, column))
        err.code = code
        err.position = line, column
        raise err

    def close(self):
        for _ in self._scan_steps():
            pass
        closer = getattr(self.target, "close", None)
        return closer() if closer is not None else None

    def flush(self):
        pass


_UNKNOWN_ENCODING = 18


class _Scanner:
    """One reading of one document; `run` is a generator that pauses after each element's
    start and end, so that iterparse can hand out events as they happen."""

    def __init__(self, text, target, entities):
        self.s = text
        self.target = target
        self.entities = entities
        self.external_dtd = False
        self.on_start = getattr(target, "start", None)
        self.on_end = getattr(target, "end", None)
        self.on_data = getattr(target, "data", None)
        self.on_comment = getattr(target, "comment", None)
        self.on_pi = getattr(target, "pi", None)
        self.on_start_ns = getattr(target, "start_ns", None)
        self.on_end_ns = getattr(target, "end_ns", None)

    def fail(self, code, pos):
        raise _Failure(code, pos)

    def name_at(self, pos):
        m = _name_rx.match(self.s, pos)
        return m.group() if m else None

    def skip_space(self, pos):
        return _space_rx.match(self.s, pos).end()

    def run(self):
        s, n = self.s, len(self.s)
        # a byte order mark is skipped, but expat still counts it as a column
        pos = 1 if s[:1] == "\ufeff" else 0
        if s.startswith("<?xml", pos) and s[pos + 5:pos + 6] in (" ", "\t", "\n", "?"):
            end = s.find("?>", pos)
            if end < 0:
                self.fail(_UNCLOSED_TOKEN, pos)
            pos = end + 2
        seen_doctype = False
        # the prolog: white space, comments, processing instructions, a DOCTYPE
        while True:
            pos = self.skip_space(pos)
            if pos >= n:
                self.fail(_NO_ELEMENTS, n)
            if s.startswith("<!--", pos):
                pos = self.comment(pos)
            elif s.startswith("<?", pos):
                pos = self.pi(pos)
            elif s.startswith("<!DOCTYPE", pos):
                if seen_doctype:
                    self.fail(_SYNTAX, pos)
                seen_doctype = True
                pos = self.doctype(pos)
            elif s[pos] == "<":
                if self.name_at(pos + 1) is not None:
                    break
                if s.startswith("<![", pos):
                    self.fail(_SYNTAX, pos)
                self.bad_markup(pos)
            else:
                self.stray_text(pos, False)
        # the root element and everything in it
        stack = []  # (tag as written, resolved tag, namespace scope, prefixes declared)
        scope = {"xml": _XML_NS}
        text = []
        while True:
            if pos >= n:
                self.fail(_NO_ELEMENTS, n)
            c = s[pos]
            if c == "<":
                if text:
                    self.emit_text(text)
                if s.startswith("</", pos):
                    pos = self.end_tag(pos, stack)
                    yield
                    if not stack:
                        break
                    scope = stack[-1][2]
                elif s.startswith("<!--", pos):
                    pos = self.comment(pos)
                elif s.startswith("<![CDATA[", pos):
                    end = s.find("]]>", pos + 9)
                    if end < 0:
                        self.fail(_UNCLOSED_CDATA, n)
                    self.check_chars(pos + 9, end)
                    if end > pos + 9:
                        text.append(s[pos + 9:end])
                    pos = end + 3
                elif s.startswith("<?", pos):
                    pos = self.pi(pos)
                else:
                    pos, closed = self.start_tag(pos, stack, scope)
                    scope = stack[-1][2]
                    yield
                    if closed:
                        self.finish(stack)
                        yield
                        if not stack:
                            break
                        scope = stack[-1][2]
            elif c == "&":
                pos = self.reference(pos, text)
            else:
                stop = n
                for mark in ("<", "&"):
                    k = s.find(mark, pos)
                    if 0 <= k < stop:
                        stop = k
                chunk = s[pos:stop]
                bad = chunk.find("]]>")
                self.check_chars(pos, stop if bad < 0 else pos + bad)
                if bad >= 0:
                    self.fail(_INVALID_TOKEN, pos + bad + 2)
                text.append(chunk)
                pos = stop
        # the epilog: only white space, comments and processing instructions may follow
        while True:
            pos = self.skip_space(pos)
            if pos >= n:
                return
            if s.startswith("<!--", pos):
                pos = self.comment(pos)
            elif s.startswith("<?", pos):
                pos = self.pi(pos, after_root=True)
            elif s.startswith("<!", pos):
                if _decl_word_rx.match(s, pos + 2).end() >= n:
                    self.fail(_UNCLOSED_TOKEN, pos)
                self.fail(_JUNK_AFTER_DOC, pos)
            elif s[pos] == "<":
                self.bad_markup(pos)
                self.fail(_JUNK_AFTER_DOC, pos)
            else:
                self.stray_text(pos, True)

    def bad_markup(self, pos):
        """Fail for a '<' that starts no element: cut short by the end, or malformed."""
        s = self.s
        rest = s[pos:pos + 9]
        if pos + 1 >= len(s) or (len(rest) < 9 and ("<!--".startswith(rest)
                                                    or "<![CDATA[".startswith(rest))):
            self.fail(_UNCLOSED_TOKEN, pos)
        if s[pos + 1] == "!":
            self.fail(_INVALID_TOKEN, pos + 2)
        if self.name_at(pos + 1) is None:
            self.fail(_INVALID_TOKEN, pos + 1)

    def stray_text(self, pos, after_root):
        """Fail for text outside the root element as expat's prolog tokenizer does: a name or
        a quoted literal ended by a character the grammar allows, or a punctuation mark it
        knows, is a syntax error (junk after the root); any other character is an invalid
        token."""
        s = self.s
        misplaced = _JUNK_AFTER_DOC if after_root else _SYNTAX
        c = s[pos]
        end = None
        m = _prolog_name_rx.match(s, pos)
        if m:
            end = m.end()
        elif c in "\"'":
            close = s.find(c, pos + 1)
            self.check_chars(pos + 1, len(s) if close < 0 else close)
            if close < 0:
                self.fail(_UNCLOSED_TOKEN, pos)
            end = close + 1
        if end is not None:
            if end < len(s) and s[end] not in _PROLOG_NAME_ENDS:
                self.fail(_INVALID_TOKEN, end)
            self.fail(misplaced, pos)
        if c in "%#":
            self.fail(_UNCLOSED_TOKEN, pos)
        self.fail(misplaced if c in _PROLOG_MARKS else _INVALID_TOKEN, pos)

    def check_chars(self, start, stop):
        m = _bad_char_rx.search(self.s, start, stop)
        if m:
            self.fail(_INVALID_TOKEN, m.start())

    def emit_text(self, text):
        if self.on_data is not None:
            self.on_data("".join(text))
        text.clear()

    def comment(self, pos):
        s = self.s
        end = s.find("--", pos + 4)
        if end < 0:
            self.fail(_UNCLOSED_TOKEN, pos)
        if s[end + 2:end + 3] != ">":
            if end + 2 >= len(s):
                self.fail(_UNCLOSED_TOKEN, pos)
            self.fail(_INVALID_TOKEN, end + 2)
        self.check_chars(pos + 4, end)
        if self.on_comment is not None:
            self.on_comment(s[pos + 4:end])
        return end + 3

    def pi(self, pos, after_root=False):
        s = self.s
        name = self.name_at(pos + 2)
        if name is None:
            self.fail(_INVALID_TOKEN, pos + 2)
        if name.lower() == "xml":
            self.fail(_JUNK_AFTER_DOC if after_root else _MISPLACED_XML_PI, pos)
        end = s.find("?>", pos)
        if end < 0:
            self.fail(_UNCLOSED_TOKEN, pos)
        after = pos + 2 + len(name)
        body = s[after:end]
        if body and body[0] not in " \t\n":
            self.fail(_INVALID_TOKEN, after)
        if self.on_pi is not None:
            self.on_pi(name, body.lstrip(" \t\n"))
        return end + 2

    def doctype(self, pos):
        s = self.s
        depth = 0
        quote = None
        i = pos + 9
        while i < len(s):
            c = s[i]
            if quote:
                if c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif c == ">" and depth == 0:
                head = s[pos:i].split("[", 1)[0].split()
                self.external_dtd = "SYSTEM" in head or "PUBLIC" in head
                # general entities declared in the internal subset become known references
                for m in _entity_decl_rx.finditer(s, pos, i):
                    value = m.group(2)[1:-1]
                    self.entities.setdefault(m.group(1), _char_ref_rx.sub(
                        lambda r: chr(int(r.group(1)[1:], 16) if r.group(1)[0] == "x"
                                      else int(r.group(1))), value))
                return i + 1
            i += 1
        self.fail(_UNCLOSED_TOKEN, pos)

    def reference(self, pos, text):
        s = self.s
        if s.startswith("&#", pos):
            hexa = s[pos + 2:pos + 3] == "x"
            start = pos + 3 if hexa else pos + 2
            digits = "0123456789abcdefABCDEF" if hexa else "0123456789"
            i = start
            while i < len(s) and s[i] in digits:
                i += 1
            if i >= len(s):
                self.fail(_UNCLOSED_TOKEN, pos)
            if i == start or s[i] != ";":
                self.fail(_INVALID_TOKEN, i)
            code = int(s[start:i], 16 if hexa else 10)
            if not _allowed_char(code):
                self.fail(_BAD_CHAR_REF, pos)
            text.append(chr(code))
            return i + 1
        m = _entity_name_rx.match(s, pos + 1)
        if m is None:
            self.fail(_UNCLOSED_TOKEN if pos + 1 >= len(s) else _INVALID_TOKEN,
                      pos if pos + 1 >= len(s) else pos + 1)
        name = m.group()
        end = m.end()
        if end >= len(s):
            self.fail(_UNCLOSED_TOKEN, pos)
        if s[end] != ";":
            self.fail(_INVALID_TOKEN, end)
        if name in _PREDEFINED:
            text.append(_PREDEFINED[name])
        elif name in self.entities:
            text.append(self.entities[name])
        elif self.external_dtd:
            # expat leaves it to ElementTree, which names the reference
            raise _Failure(_UNDEFINED_ENTITY, pos, "undefined entity &%s;" % name)
        else:
            self.fail(_UNDEFINED_ENTITY, pos)
        return end + 1

    def attribute_value(self, pos):
        s = self.s
        quote = s[pos]
        end = s.find(quote, pos + 1)
        if end < 0:
            return None, len(s)
        pieces = []
        i = pos + 1
        while i < end:
            c = s[i]
            if c == "<":
                self.fail(_INVALID_TOKEN, i)
            if c == "&":
                i = self.reference(i, pieces)
                if i > end:
                    end = s.find(quote, i)
                    if end < 0:
                        return None, len(s)
                continue
            if c in "\t\n":
                pieces.append(" ")
            else:
                m = _bad_char_rx.match(s, i)
                if m:
                    self.fail(_INVALID_TOKEN, i)
                pieces.append(c)
            i += 1
        return "".join(pieces), end + 1

    def start_tag(self, pos, stack, scope):
        s, n = self.s, len(self.s)
        name = self.name_at(pos + 1)
        if name is None:
            self.bad_markup(pos)
        i = pos + 1 + len(name)
        raw_attrs = []
        seen = set()
        while True:
            j = self.skip_space(i)
            if j >= n:
                self.fail(_UNCLOSED_TOKEN, pos)
            c = s[j]
            if c == ">":
                i, closed = j + 1, False
                break
            if s.startswith("/>", j):
                i, closed = j + 2, True
                break
            if c == "/":
                self.fail(_UNCLOSED_TOKEN if j + 1 >= n else _INVALID_TOKEN,
                          pos if j + 1 >= n else j + 1)
            if j == i:
                self.fail(_INVALID_TOKEN, j)
            key = self.name_at(j)
            if key is None:
                self.fail(_INVALID_TOKEN, j)
            k = self.skip_space(j + len(key))
            if k >= n:
                self.fail(_UNCLOSED_TOKEN, pos)
            if s[k] != "=":
                self.fail(_INVALID_TOKEN, k)
            k = self.skip_space(k + 1)
            if k >= n:
                self.fail(_UNCLOSED_TOKEN, pos)
            if s[k] not in "\"'":
                self.fail(_INVALID_TOKEN, k)
            value, i = self.attribute_value(k)
            if value is None:
                self.fail(_UNCLOSED_TOKEN, pos)
            if key in seen:
                self.fail(_DUPLICATE_ATTRIBUTE, j)
            seen.add(key)
            raw_attrs.append((key, value, j))
        # namespace declarations first: they apply to this element's own names
        declared = []
        inner = scope
        for key, value, _ in raw_attrs:
            if key == "xmlns" or key.startswith("xmlns:"):
                if inner is scope:
                    inner = dict(scope)
                prefix = key[6:] or None
                inner[prefix] = value or None
                declared.append(prefix)
                if self.on_start_ns is not None:
                    self.on_start_ns(prefix or "", value)
        tag = self.resolve(name, inner, True, pos)
        attrs = {}
        for key, value, at in raw_attrs:
            if key == "xmlns" or key.startswith("xmlns:"):
                continue
            resolved = self.resolve(key, inner, False, at)
            if resolved in attrs:
                self.fail(_DUPLICATE_ATTRIBUTE, pos)
            attrs[resolved] = value
        stack.append((name, tag, inner, declared))
        if self.on_start is not None:
            self.on_start(tag, attrs)
        return i, closed

    def resolve(self, name, scope, is_element, pos):
        prefix, colon, local = name.partition(":")
        if colon:
            if not local or ":" in local:
                self.fail(_INVALID_TOKEN, pos)
            uri = scope.get(prefix)
            if uri is None:
                self.fail(_UNBOUND_PREFIX, pos)
            return "{%s}%s" % (uri, local)
        if is_element:
            uri = scope.get(None)
            if uri:
                return "{%s}%s" % (uri, name)
        return name

    def end_tag(self, pos, stack):
        s = self.s
        m = _end_name_rx.match(s, pos + 2)
        if m is None:
            self.fail(_UNCLOSED_TOKEN if pos + 2 >= len(s) else _INVALID_TOKEN,
                      pos if pos + 2 >= len(s) else pos + 2)
        name = m.group()
        j = self.skip_space(pos + 2 + len(name))
        if j >= len(s):
            self.fail(_UNCLOSED_TOKEN, pos)
        if s[j] != ">":
            self.fail(_INVALID_TOKEN, j)
        if name != stack[-1][0]:
            self.fail(_TAG_MISMATCH, pos + 2)
        self.finish(stack)
        return j + 1

    def finish(self, stack):
        name, tag, scope, declared = stack.pop()
        if self.on_end is not None:
            self.on_end(tag)
        if self.on_end_ns is not None:
            for prefix in reversed(declared):
                self.on_end_ns(prefix)
