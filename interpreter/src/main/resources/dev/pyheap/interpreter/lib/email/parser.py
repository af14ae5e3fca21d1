"""Parsers from text or bytes to the email object model.

The whole input is read, split into lines (keeping their endings), and parsed
recursively: a header block up to the first blank line, then a body that is
text, a list of parts between boundary lines (multipart/*), or one message
(message/rfc822). Defects are recorded on the message, never raised, unless
the policy says raise_on_defect.
"""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']

import re
from io import StringIO, TextIOWrapper

from email import errors
from email._policybase import compat32

_header_line = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
_line_split = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$')


def _strip_eol(line):
    if line.endswith('\r\n'):
        return line[:-2]
    if line.endswith(('\r', '\n')):
        return line[:-1]
    return line


class _Builder:
    """One parse: the policy and the message class to make."""

    def __init__(self, _factory, policy, headersonly):
        self.policy = policy
        if _factory is None:
            _factory = policy.message_factory
            if _factory is None:
                from email.message import Message
                _factory = Message
        self.factory = _factory
        self.headersonly = headersonly

    def new_message(self):
        try:
            return self.factory(policy=self.policy)
        except TypeError:
            return self.factory()

    def parse(self, text, default_type=None):
        msg = self.new_message()
        if default_type is not None:
            msg.set_default_type(default_type)
        lines = _line_split.findall(text)
        start = self.parse_headers(msg, lines)
        body = ''.join(lines[start:])
        if self.headersonly:
            msg.set_payload(body)
            return msg
        self.parse_body(msg, body)
        return msg

    def parse_headers(self, msg, lines):
        """Fill msg's headers; the index of the body's first line."""
        current = []
        i = 0
        for i, line in enumerate(lines):
            if line in ('\n', '\r\n', '\r'):
                self.add_header(msg, current)
                return i + 1
            if not _header_line.match(line):
                self.add_header(msg, current)
                self.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
                return i
            if line[0] in ' \t':
                if not current:
                    self.policy.handle_defect(
                        msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                current.append(line)
                continue
            self.add_header(msg, current)
            current = []
            if line.startswith('From '):
                if i == 0:
                    unixfrom = _strip_eol(line)
                    msg.set_unixfrom(unixfrom)
                else:
                    self.policy.handle_defect(
                        msg, errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon == 0:
                self.policy.handle_defect(
                    msg, errors.InvalidHeaderDefect('Missing header name.'))
                continue
            current = [line]
        self.add_header(msg, current)
        return len(lines)

    def add_header(self, msg, source):
        if source:
            name, value = self.policy.header_source_parse(source)
            msg.set_raw(name, value)

    def parse_body(self, msg, body):
        ctype = msg.get_content_type()
        if msg.get_content_maintype() == 'multipart':
            self.parse_multipart(msg, body)
        elif ctype in ('message/rfc822', 'message/global') or (
                msg.get_content_maintype() == 'message' and ctype != 'message/delivery-status'):
            part = self.parse(body)
            msg.set_payload([part])
        elif ctype == 'message/delivery-status':
            blocks = re.split(r'(?:\r?\n){2,}', body.strip('\r\n')) if body.strip() else []
            parts = []
            for block in blocks:
                sub = self.new_message()
                self.parse_headers(sub, _line_split.findall(block + '\n'))
                parts.append(sub)
            msg.set_payload(parts)
        else:
            msg.set_payload(body)

    def parse_multipart(self, msg, body):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(body)
            self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
            return
        cte = str(msg.get('content-transfer-encoding', '7bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(
                msg, errors.InvalidMultipartContentTransferEncodingDefect())
        delimiter = re.compile('--' + re.escape(boundary) + r'(?P<end>--)?[ \t]*$')
        lines = _line_split.findall(body)
        parts = []
        preamble = []
        current = None
        closed = False
        epilogue_start = None
        for i, line in enumerate(lines):
            found = delimiter.match(_strip_eol(line))
            if found is None:
                if current is None:
                    preamble.append(line)
                else:
                    current.append(line)
                continue
            if current is not None:
                parts.append(current)
            if found.group('end'):
                closed = True
                epilogue_start = i + 1
                break
            current = []
        else:
            if current is not None:
                parts.append(current)
        if current is None and not parts:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(body)
            msg.epilogue = ''
            self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
        if preamble:
            text = ''.join(preamble)
            msg.preamble = _strip_eol(text) if text.endswith(('\n', '\r')) else text
        else:
            msg.preamble = None
        payload = []
        for i, part_lines in enumerate(parts):
            text = ''.join(part_lines)
            # The line ending before a delimiter belongs to the delimiter.
            text = _strip_eol(text)
            default = 'message/rfc822' if msg.get_content_subtype() == 'digest' else None
            payload.append(self.parse(text, default))
        msg.set_payload(payload)
        if closed:
            msg.epilogue = ''.join(lines[epilogue_start:])
        else:
            msg.epilogue = None


class Parser:
    """Text to a Message (headers and body; headersonly keeps the body as text)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _Builder(self._class, self.policy, headersonly).parse(text)


class HeaderParser(Parser):
    """A Parser that leaves the body unparsed."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Bytes to a Message: undecodable bytes kept as surrogate escapes."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that leaves the body unparsed."""

    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)


class FeedParser:
    """Text fed in pieces; close() parses it all and returns the Message."""

    def __init__(self, _factory=None, *, policy=compat32):
        self._factory = _factory
        self.policy = policy
        self._pieces = []

    def feed(self, data):
        self._pieces.append(data)

    def _text(self):
        return ''.join(self._pieces)

    def close(self):
        return _Builder(self._factory, self.policy, False).parse(self._text())


class BytesFeedParser(FeedParser):
    """Bytes fed in pieces."""

    def _text(self):
        return b''.join(self._pieces).decode('ascii', 'surrogateescape')
