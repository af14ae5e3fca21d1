"""The element tree: a light XML document model, its parser and its serializer.

An Element has a tag, an attribute dict, `text` (the character data before its first child),
`tail` (the character data after its end tag, up to the next sibling) and a list of children.
ElementTree wraps a root element for whole-document reading and writing.

The parser (`XMLParser`) is expat's (`xml.parsers.expat`, with "}" as its namespace separator,
so `prefix:name` arrives as `uri}name` and becomes `{uri}name`); it calls a target, by default a
`TreeBuilder`. Malformed documents raise ParseError with expat's message, code and (line,
column). `XMLPullParser` and `iterparse` hand out the events of each piece fed as it is parsed.
"""

import collections as _collections
import collections.abc as _abc
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
    """Iterate over (event, element) pairs while reading a document in pieces; events are any
    of 'start', 'end', 'comment', 'pi', 'start-ns', 'end-ns' ('end' only by default). The
    iterator's `root` is the root element once the document is read."""
    pull = XMLPullParser(events=events, _parser=parser)

    def produce():
        own = not hasattr(source, "read")
        stream = open(source, "rb") if own else source
        try:
            yield None
            while True:
                yield from pull.read_events()
                data = stream.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            it.root = root
        finally:
            if own:
                stream.close()

    class IterParseIterator(_abc.Iterator):
        __next__ = produce().__next__

    it = IterParseIterator()
    it.root = None
    next(it)
    return it


class XMLPullParser:
    """A parser that is fed text in pieces and hands out the events each piece completed
    (`read_events`); a malformed document's ParseError comes out of `read_events` in its turn."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = _collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        self._parser._setevents(self._events_queue, ("end",) if events is None else events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        queue = self._events_queue
        while queue:
            event = queue.popleft()
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        if self._parser is None:
            raise ValueError("flush() called after end of stream")
        self._parser.flush()



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


class XMLParser:
    """The XML parser, over expat (`xml.parsers.expat`): text given to `feed` is parsed as it
    comes, calling the target's start, end, data, comment, pi, doctype, start_ns and end_ns
    methods (those it has); `close` finishes the document and returns the target's `close()`
    result. expat's errors become ParseError with its message, `code` and `position`."""

    def __init__(self, *, target=None, encoding=None):
        try:
            from xml.parsers import expat
        except ImportError:
            raise ImportError("No module named expat; use SimpleXMLTreeBuilder instead") from None
        self.parser = self._parser = parser = expat.ParserCreate(encoding, "}")
        self.target = self._target = target = target if target is not None else TreeBuilder()
        self._error = expat.error
        self._names = {}
        self.entity = {}
        self.version = "Expat %d.%d.%d" % expat.version_info
        self._events = None
        parser.DefaultHandlerExpand = self._default
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.StartNamespaceDeclHandler = self._start_ns
        parser.EndNamespaceDeclHandler = self._end_ns
        for name, handler in (("data", "CharacterDataHandler"), ("comment", "CommentHandler"),
                              ("pi", "ProcessingInstructionHandler")):
            if hasattr(target, name):
                setattr(parser, handler, getattr(self, "_" + name))
        if hasattr(target, "doctype"):
            parser.StartDoctypeDeclHandler = self._doctype
        # the target sees expat's pieces of text as they come, as with CPython's C parser
        parser.ordered_attributes = 1

    def _setevents(self, queue, events):
        """Report the events named (of start, end, start-ns, end-ns, comment, pi) in `queue`."""
        wanted = set()
        for event in events:
            if not isinstance(event, str):
                raise TypeError("invalid events sequence")
            if event not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event '%s'" % event)
            wanted.add(event)
        self._events = queue, wanted
        parser = self._parser
        if "comment" in wanted:
            parser.CommentHandler = self._comment
        if "pi" in wanted:
            parser.ProcessingInstructionHandler = self._pi

    def _report(self, event, value):
        if self._events is not None and event in self._events[1]:
            self._events[0].append((event, value))

    def _fixname(self, key):
        # expat gives "uri}local" for a name in a namespace
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            self._names[key] = name
        return name

    def _start(self, tag, attr_list):
        fixname = self._fixname
        tag = fixname(tag)
        attrib = {}
        for i in range(0, len(attr_list), 2):
            attrib[fixname(attr_list[i])] = attr_list[i + 1]
        start = getattr(self.target, "start", None)
        elem = start(tag, attrib) if start is not None else None
        self._report("start", elem)
        return elem

    def _end(self, tag):
        end = getattr(self.target, "end", None)
        elem = end(self._fixname(tag)) if end is not None else None
        self._report("end", elem)
        return elem

    def _start_ns(self, prefix, uri):
        start_ns = getattr(self.target, "start_ns", None)
        if start_ns is not None:
            start_ns(prefix or "", uri or "")
        self._report("start-ns", (prefix or "", uri or ""))

    def _end_ns(self, prefix):
        end_ns = getattr(self.target, "end_ns", None)
        if end_ns is not None:
            end_ns(prefix or "")
        self._report("end-ns", None)

    def _data(self, text):
        self.target.data(text)

    def _comment(self, text):
        comment = getattr(self.target, "comment", None)
        self._report("comment", comment(text) if comment is not None else None)

    def _pi(self, pi_target, data):
        pi = getattr(self.target, "pi", None)
        self._report("pi", pi(pi_target, data) if pi is not None else None)

    def _doctype(self, name, system_id, public_id, has_internal_subset):
        self.target.doctype(name, public_id, system_id)

    def _default(self, text):
        # what expat passes on untreated: a reference to an entity it does not know (a document
        # with an external DTD), which the `entity` dict may name
        if text[:1] != "&" or len(text) < 2:
            return
        value = self.entity.get(text[1:-1])
        if value is not None:
            if hasattr(self.target, "data"):
                self.target.data(value)
            return
        err = self._error("undefined entity %s: line %d, column %d"
                          % (text, self._parser.ErrorLineNumber, self._parser.ErrorColumnNumber))
        err.code = 11  # XML_ERROR_UNDEFINED_ENTITY
        err.lineno = self._parser.ErrorLineNumber
        err.offset = self._parser.ErrorColumnNumber
        raise err

    def _raiseerror(self, value):
        err = ParseError(value)
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err from None

    def feed(self, data):
        """Feed encoded data to the parser."""
        try:
            self._parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        """Finish feeding data to the parser; the target's close() result."""
        try:
            self._parser.Parse(b"", True)
        except self._error as v:
            self._raiseerror(v)
        closer = getattr(self.target, "close", None)
        return closer() if closer is not None else None

    def flush(self):
        pass


# CPython's XMLParser and TreeBuilder come from the C accelerator _elementtree: their frames
# leave no traceback entry (a ParseError shows the caller's line last).
import _pyheap_c
_pyheap_c.stands_for_c(XMLParser, TreeBuilder, module='_elementtree')
del _pyheap_c
