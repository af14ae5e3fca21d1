"""Different kinds of SAX Exceptions"""


class SAXException(Exception):
    """The base of SAX's exceptions: a message and, optionally, the exception it wraps."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        """Return a message for this exception."""
        return self._msg

    def getException(self):
        """Return the embedded exception, or None if there was none."""
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # not a sequence, whatever Exception once allowed
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """An error or warning while parsing, with where it happened (taken from the locator)."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # the locator moves on as the parse does: keep where this happened
        self._systemId = self._locator.getSystemId()
        self._colnum = self._locator.getColumnNumber()
        self._linenum = self._locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = [self.getSystemId(), self.getLineNumber(), self.getColumnNumber()]
        sysid = where[0] if where[0] is not None else "<unknown>"
        line = where[1] if where[1] is not None else "?"
        column = where[2] if where[2] is not None else "?"
        return "%s:%s:%s: %s" % (sysid, line, column, self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property value the reader cannot honour."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """A driver that cannot be used here."""
