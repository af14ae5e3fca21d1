"""SAX 2 (the Simple API for XML) for Python: make_parser, parse and parseString over the
expat driver (expatreader); the handler interfaces (handler), the reader interfaces
(xmlreader) and helpers (saxutils)."""

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Read a document from a file name, path or file object, calling `handler`'s methods."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Read a document given as str or bytes, calling `handler`'s methods."""
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    parser.parse(source)


# the drivers tried in turn (PY_SAX_PARSER, a comma-separated list of module names, first)
default_parser_list = ["xml.sax.expatreader"]

import os
import sys
if not sys.flags.ignore_environment and "PY_SAX_PARSER" in os.environ:
    default_parser_list = os.environ["PY_SAX_PARSER"].split(",")
del os, sys


def make_parser(parser_list=()):
    """A SAX reader: the first of the modules named (then the defaults) whose create_parser
    works."""
    for name in list(parser_list) + default_parser_list:
        try:
            return _create_parser(name)
        except ImportError:
            import sys
            if name in sys.modules:
                # the module is there but broken: that is worth knowing
                raise
        except SAXReaderNotAvailable:
            pass
    raise SAXReaderNotAvailable("No parsers found", None)


def _create_parser(parser_name):
    module = __import__(parser_name, {}, {}, ['create_parser'])
    return module.create_parser()
