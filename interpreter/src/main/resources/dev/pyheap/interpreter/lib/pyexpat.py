"""Python wrapper for Expat parser."""

# The parser objects of CPython's pyexpat module, over the system's libexpat (reached through the
# interpreter's _pyheap_expat module, which owns the native parsers and the character buffer).
# Handler attributes are kept here; the native side only installs expat's C handler for the kinds
# that have one, and sends each event to the parser's _event.

import sys as _sys
import _pyheap_expat as _expat

EXPAT_VERSION = _expat.version()
version_info = tuple(int(part) for part in EXPAT_VERSION.rpartition("_")[2].split("."))
native_encoding = "UTF-8"
features = _expat.features()

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError

_HANDLER_NAMES = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
    "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)
_START_ELEMENT = 0
_CHARACTER_DATA = 3
_NOT_STANDALONE = 13
_EXTERNAL_ENTITY_REF = 14
_INT_MAX = 2147483647
_BUFFER_SIZE = 8192
_READ_SIZE = 2048


def _int_result(value):
    return value.__index__() if hasattr(type(value), "__index__") else _index_error(value)


def _index_error(value):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


class _Unset:
    pass


_UNSET = _Unset()


def _handler_property(kind):
    def get(self):
        return self._handlers[kind]

    def set(self, value):
        if kind == _CHARACTER_DATA and self._buffer_size_on:
            _expat.flush(self._h, self._event)
        if value is None:
            self._handlers[kind] = None
            _expat.set_handler(self._h, kind, False)
        else:
            self._handlers[kind] = value
            _expat.set_handler(self._h, kind, True)

    def delete(self):
        raise RuntimeError("Cannot delete attribute")

    return property(get, set, delete)


class xmlparser:
    """XML parser"""

    __slots__ = ("_h", "_handlers", "_buffer_size", "_buffer_size_on", "_ordered", "_specified",
                 "_intern", "_ns_prefixes", "_parent", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'pyexpat.xmlparser' instances")

    def _setup(self, handle, intern, parent):
        self._h = handle
        self._handlers = [None] * len(_HANDLER_NAMES)
        self._buffer_size = _BUFFER_SIZE
        self._buffer_size_on = False
        self._ordered = False
        self._specified = False
        self._intern = intern
        self._ns_prefixes = False
        self._parent = parent

    def __getattr__(self, name):
        raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if not hasattr(xmlparser, name):
            raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __del__(self):
        h = getattr(self, "_h", None)
        if h is not None:
            self._h = None
            _expat.free(h)

    def _event(self, kind, *args):
        handler = self._handlers[kind]
        if handler is None:
            return 0 if kind in (_NOT_STANDALONE, _EXTERNAL_ENTITY_REF) else None
        try:
            if kind == _START_ELEMENT:
                name, attributes, specified = args
                intern = self._intern
                if intern is not None:
                    name = intern.setdefault(name, name)
                    attributes[::2] = [intern.setdefault(a, a) for a in attributes[::2]]
                if self._specified:
                    del attributes[specified:]
                if not self._ordered:
                    attributes = dict(zip(attributes[::2], attributes[1::2]))
                return handler(name, attributes)
            if kind in (1, 2) and self._intern is not None:
                args = (self._intern.setdefault(args[0], args[0]),) + args[1:]
            result = handler(*args)
        except BaseException:
            # pyexpat.c's flag_error: a parser whose handler failed calls no more handlers
            for i in range(len(self._handlers)):
                self._handlers[i] = None
            raise
        # a result that is no int stops the parse too, but leaves the handlers in place
        if kind in (_NOT_STANDALONE, _EXTERNAL_ENTITY_REF):
            return _int_result(result)
        return result

    def _error(self, code=None):
        error_code, line, column, _ = _expat.position(self._h)
        if code is None:
            code = error_code
        err = ExpatError("%.200s: line %d, column %d" % (_expat.error_string(code), line, column))
        err.code = code
        err.offset = column
        err.lineno = line
        return err

    def Parse(self, data, isfinal=False, /):
        """Parse XML data.

`isfinal' should be true at end of input."""
        if isinstance(data, str):
            _expat.set_encoding(self._h, "utf-8")
            data = data.encode("utf-8", "surrogatepass")
        if not isinstance(isfinal, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(isfinal).__name__)
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if _expat.parse(self._h, data, isfinal, self._event) == 0:
            raise self._error()
        _expat.flush(self._h, self._event)
        return 1

    def ParseFile(self, file, /):
        """Parse XML data from file-like object."""
        try:
            read = file.read
        except AttributeError:
            raise TypeError("argument must have 'read' attribute") from None
        while True:
            data = read(_READ_SIZE)
            if not isinstance(data, bytes):
                raise TypeError("read() did not return a bytes object (type=%.400s)"
                                % type(data).__name__)
            if len(data) > _READ_SIZE:
                raise ValueError("read() returned too much data: %i bytes requested, %i returned"
                                 % (_READ_SIZE, len(data)))
            if _expat.parse(self._h, data, not data, self._event) == 0:
                raise self._error()
            if not data:
                _expat.flush(self._h, self._event)
                return 1

    def SetBase(self, base, /):
        """Set the base URL for the parser."""
        if not isinstance(base, str):
            raise TypeError("SetBase() argument must be str, not %s" % type(base).__name__)
        _expat.set_base(self._h, base)

    def GetBase(self, /):
        """Return base URL string for the parser."""
        return _expat.get_base(self._h)

    def GetInputContext(self, /):
        """Return the untranslated text of the input that caused the current event.

If the event was generated by a large amount of text (such as a start tag
for an element with many attributes), not all of the text may be available."""
        return _expat.input_context(self._h)

    def ExternalEntityParserCreate(self, context, encoding=None, /):
        """Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler."""
        if context is not None and not isinstance(context, str):
            raise TypeError("ExternalEntityParserCreate() argument 1 must be str or None, not %s"
                            % type(context).__name__)
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("ExternalEntityParserCreate() argument 2 must be str, not %s"
                            % type(encoding).__name__)
        child = object.__new__(xmlparser)
        child._setup(_expat.external_create(self._h, context, encoding), self._intern, self)
        child._buffer_size = self._buffer_size
        child._ordered = self._ordered
        child._specified = self._specified
        if self._buffer_size_on:
            child._buffer_size_on = True
            _expat.set_buffer(child._h, child._buffer_size)
        for kind, handler in enumerate(self._handlers):
            if handler is not None:
                child._handlers[kind] = handler
                _expat.set_handler(child._h, kind, True)
        return child

    def SetParamEntityParsing(self, flag, /):
        """Controls parsing of parameter entities (including the external DTD subset).

Possible flag values are XML_PARAM_ENTITY_PARSING_NEVER,
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE and
XML_PARAM_ENTITY_PARSING_ALWAYS. Returns true if setting the flag
was successful."""
        flag = _int_result(flag)
        return _expat.set_int(self._h, "param_entity_parsing", flag)

    def UseForeignDTD(self, flag=True, /):
        """Allows the application to provide an artificial external subset if one is not specified as part of the document instance.

This readily allows the use of a 'default' document type controlled by the
application, while still getting the advantage of providing document type
information to the parser. 'flag' defaults to True if not provided."""
        code = _expat.set_int(self._h, "foreign_dtd", 1 if flag else 0)
        if code != 0:
            raise self._error(code)

    # ---- attributes

    @property
    def buffer_text(self):
        return self._buffer_size_on

    @buffer_text.setter
    def buffer_text(self, value):
        on = bool(value)
        if on and not self._buffer_size_on:
            _expat.set_buffer(self._h, self._buffer_size)
        elif not on and self._buffer_size_on:
            _expat.flush(self._h, self._event)
            _expat.set_buffer(self._h, 0)
        self._buffer_size_on = on

    @property
    def buffer_size(self):
        return self._buffer_size

    @buffer_size.setter
    def buffer_size(self, value):
        if not isinstance(value, int):
            raise TypeError("buffer_size must be an integer")
        if value <= 0:
            raise ValueError("buffer_size must be greater than zero")
        if value > _INT_MAX:
            raise ValueError("buffer_size must not be greater than %i" % _INT_MAX)
        if value == self._buffer_size:
            return
        if self._buffer_size_on:
            _expat.flush(self._h, self._event)
            _expat.set_buffer(self._h, value)
        self._buffer_size = value

    @property
    def buffer_used(self):
        return _expat.buffer_used(self._h)

    @property
    def namespace_prefixes(self):
        return self._ns_prefixes

    @namespace_prefixes.setter
    def namespace_prefixes(self, value):
        self._ns_prefixes = bool(value)
        _expat.set_int(self._h, "ns_triplet", 1 if self._ns_prefixes else 0)

    @property
    def ordered_attributes(self):
        return self._ordered

    @ordered_attributes.setter
    def ordered_attributes(self, value):
        self._ordered = bool(value)

    @property
    def specified_attributes(self):
        return self._specified

    @specified_attributes.setter
    def specified_attributes(self, value):
        self._specified = bool(value)

    @property
    def intern(self):
        return self._intern

    @property
    def ErrorCode(self):
        return _expat.position(self._h)[0]

    @property
    def ErrorLineNumber(self):
        return _expat.position(self._h)[1]

    @property
    def ErrorColumnNumber(self):
        return _expat.position(self._h)[2]

    @property
    def ErrorByteIndex(self):
        return _expat.position(self._h)[3]

    CurrentLineNumber = ErrorLineNumber
    CurrentColumnNumber = ErrorColumnNumber
    CurrentByteIndex = ErrorByteIndex


for _kind, _name in enumerate(_HANDLER_NAMES):
    setattr(xmlparser, _name, _handler_property(_kind))
del _kind, _name
xmlparser.__module__ = "pyexpat"
XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=_UNSET):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s"
                            % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    if intern is _UNSET:
        intern = {}
    elif intern is not None and not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    parser = object.__new__(xmlparser)
    parser._setup(_expat.create(encoding, namespace_separator), intern, None)
    return parser


def ErrorString(code, /):
    """Returns string error for given number."""
    return _expat.error_string(code)


def _encoding_map(name):
    # pyexpat.c's unknown-encoding handler: expat asks for encodings it does not know; a one-byte
    # codec answers with what each byte decodes to (-1 where it decodes to nothing)
    text = bytes(range(256)).decode(name, "replace")
    if len(text) != 256:
        raise ValueError("multi-byte encodings are not supported")
    return [-1 if c == "\ufffd" else ord(c) for c in text]


_expat.set_encoding_callback(_encoding_map)


class _Constants:
    pass


def _submodule(name, doc):
    module = type(_sys)(name, doc)
    _sys.modules[name] = module
    return module


errors = _submodule("pyexpat.errors", "Constants used to describe error conditions.")
model = _submodule("pyexpat.model", "Constants used to interpret content model information.")

_ERROR_NAMES = (
    "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
    "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
    "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
    "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
    "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
    "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
    "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
    "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
    "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
    "AMPLIFICATION_LIMIT_BREACH",
)
errors.codes = {}
errors.messages = {}
for _code, _name in enumerate(_ERROR_NAMES, 1):
    _message = _expat.error_string(_code)
    if _message is None:
        continue
    setattr(errors, "XML_ERROR_" + _name, _message)
    errors.codes[_message] = _code
    errors.messages[_code] = _message
del _code, _name, _message

for _value, _name in enumerate(("EMPTY", "ANY", "MIXED", "NAME", "CHOICE", "SEQ"), 1):
    setattr(model, "XML_CTYPE_" + _name, _value)
for _value, _name in enumerate(("NONE", "OPT", "REP", "PLUS")):
    setattr(model, "XML_CQUANT_" + _name, _value)
del _value, _name, _Constants


# Frames that CPython runs in C leave no traceback entry: pyexpat is written in C.
import _pyheap_c
_pyheap_c.stands_for_c(globals())
del _pyheap_c
