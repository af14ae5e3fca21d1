"""The W3C DOM's constants and exceptions, as CPython 3.11's xml.dom (the implementation is
xml.dom.minidom)."""


class Node:
    """Class giving the NodeType constants."""
    __slots__ = ()

    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


# the DOM's exception codes
(INDEX_SIZE_ERR, DOMSTRING_SIZE_ERR, HIERARCHY_REQUEST_ERR, WRONG_DOCUMENT_ERR, INVALID_CHARACTER_ERR,
 NO_DATA_ALLOWED_ERR, NO_MODIFICATION_ALLOWED_ERR, NOT_FOUND_ERR, NOT_SUPPORTED_ERR, INUSE_ATTRIBUTE_ERR,
 INVALID_STATE_ERR, SYNTAX_ERR, INVALID_MODIFICATION_ERR, NAMESPACE_ERR, INVALID_ACCESS_ERR,
 VALIDATION_ERR) = range(1, 17)


class DOMException(Exception):
    """Abstract base class for DOM exceptions.
    Exceptions with specific codes are specializations of this class."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError('DOMException should not be instantiated directly')
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _exception(name, code):
    return type(name, (DOMException,), {'code': code, '__module__': __name__})


IndexSizeErr = _exception('IndexSizeErr', INDEX_SIZE_ERR)
DomstringSizeErr = _exception('DomstringSizeErr', DOMSTRING_SIZE_ERR)
HierarchyRequestErr = _exception('HierarchyRequestErr', HIERARCHY_REQUEST_ERR)
WrongDocumentErr = _exception('WrongDocumentErr', WRONG_DOCUMENT_ERR)
InvalidCharacterErr = _exception('InvalidCharacterErr', INVALID_CHARACTER_ERR)
NoDataAllowedErr = _exception('NoDataAllowedErr', NO_DATA_ALLOWED_ERR)
NoModificationAllowedErr = _exception('NoModificationAllowedErr', NO_MODIFICATION_ALLOWED_ERR)
NotFoundErr = _exception('NotFoundErr', NOT_FOUND_ERR)
NotSupportedErr = _exception('NotSupportedErr', NOT_SUPPORTED_ERR)
InuseAttributeErr = _exception('InuseAttributeErr', INUSE_ATTRIBUTE_ERR)
InvalidStateErr = _exception('InvalidStateErr', INVALID_STATE_ERR)
SyntaxErr = _exception('SyntaxErr', SYNTAX_ERR)
InvalidModificationErr = _exception('InvalidModificationErr', INVALID_MODIFICATION_ERR)
NamespaceErr = _exception('NamespaceErr', NAMESPACE_ERR)
InvalidAccessErr = _exception('InvalidAccessErr', INVALID_ACCESS_ERR)
ValidationErr = _exception('ValidationErr', VALIDATION_ERR)


class UserDataHandler:
    """Class giving the operation constants for UserDataHandler.handle()."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    """The DOM implementation: this library has one, minidom's."""
    from xml.dom import minidom
    return minidom.getDOMImplementation()
