"""The email package: parse, build and write email and MIME messages."""

__all__ = [
    'base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator',
    'header', 'iterators', 'message', 'message_from_file',
    'message_from_binary_file', 'message_from_string', 'message_from_bytes',
    'mime', 'parser', 'quoprimime', 'utils',
]


def message_from_string(s, *args, **kws):
    """A Message parsed from text (Parser's arguments apply)."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """A Message parsed from bytes."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """A Message parsed from an open text file."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """A Message parsed from an open binary file."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
