"""The exceptions and parse defects of the email package."""


class MessageError(Exception):
    """The root of the package's errors."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A payload was attached to a message that is not a multipart."""


class CharsetError(MessageError):
    """An unknown character set was named."""


class HeaderWriteError(MessageError):
    """A header could not be written."""


class MessageDefect(ValueError):
    """Something wrong found while parsing; parsing goes on."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


class NoBoundaryInMultipartDefect(MessageDefect):
    """A multipart message has no boundary parameter."""


class StartBoundaryNotFoundDefect(MessageDefect):
    """The boundary parameter never appears in the body."""


class CloseBoundaryNotFoundDefect(MessageDefect):
    """The start boundary appears but the closing one does not."""


class FirstHeaderLineIsContinuationDefect(MessageDefect):
    """The first header line starts with white space."""


class MisplacedEnvelopeHeaderDefect(MessageDefect):
    """A 'From ' line after the first header line."""


class MissingHeaderBodySeparatorDefect(MessageDefect):
    """A line that is not a header where headers were expected."""


MalformedHeaderDefect = MissingHeaderBodySeparatorDefect


class MultipartInvariantViolationDefect(MessageDefect):
    """A multipart content type whose payload is not a list."""


class InvalidMultipartContentTransferEncodingDefect(MessageDefect):
    """A multipart part with an encoding other than 7bit, 8bit or binary."""


class UndecodableBytesDefect(MessageDefect):
    """A header held bytes that could not be decoded."""


class InvalidBase64PaddingDefect(MessageDefect):
    """Base64 data whose padding was wrong."""


class InvalidBase64CharactersDefect(MessageDefect):
    """Base64 data with characters outside its alphabet."""


class InvalidBase64LengthDefect(MessageDefect):
    """Base64 data whose length is not a multiple of four."""


class HeaderDefect(MessageDefect):
    """Something wrong inside a header's value."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


class InvalidHeaderDefect(HeaderDefect):
    """A header value that cannot be parsed."""


class HeaderMissingRequiredValue(HeaderDefect):
    """A header that needs a value has none."""


class NonPrintableDefect(HeaderDefect):
    """A header held characters that cannot be printed."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return ("the following ASCII non-printables found in header: "
                "{}".format(self.non_printables))


class ObsoleteHeaderDefect(HeaderDefect):
    """A header written in an obsolete syntax."""


class NonASCIILocalPartDefect(HeaderDefect):
    """An address whose local part is not ASCII."""


class InvalidDateDefect(HeaderDefect):
    """A date header that cannot be parsed."""
