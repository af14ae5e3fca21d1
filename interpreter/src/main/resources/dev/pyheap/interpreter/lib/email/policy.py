"""EmailPolicy, the policy of the package's current API, and its instances."""

__all__ = ['Compat32', 'compat32', 'Policy', 'EmailPolicy', 'default', 'strict',
           'SMTP', 'SMTPUTF8', 'HTTP']

import re

from email._policybase import Policy, Compat32, compat32
from email import header
from email import charset as _charset
from email.utils import _has_surrogates

# Headers a message may carry only once.
_UNIQUE = frozenset([
    'subject', 'date', 'orig-date', 'sender', 'to', 'cc', 'bcc', 'from',
    'reply-to', 'mime-version', 'content-type', 'content-disposition',
    'content-transfer-encoding', 'message-id',
])

_line_break = re.compile(r'\r\n|\r|\n')


class _StoredValue(str):
    """A value a program set (as opposed to one parsed): always refolded."""

    __slots__ = ()


class EmailPolicy(Policy):
    """Header values given back unfolded; headers folded again on output,
    non-ASCII text as UTF-8 encoded words unless utf8 is set."""

    message_factory = None
    utf8 = False
    refold_source = 'long'

    def __init__(self, **kw):
        super().__init__(**kw)

    def header_max_count(self, name):
        return 1 if name.lower() in _UNIQUE else None

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        if isinstance(value, str) and ('\n' in value or '\r' in value):
            # A value set by a program may not smuggle in a new header.
            for line in value.splitlines()[1:]:
                if line and line[0] not in ' \t':
                    raise ValueError('Header values may not contain linefeed '
                                     'or carriage return characters')
        return (name, _StoredValue(value))

    def header_fetch_parse(self, name, value):
        if hasattr(value, '_chunks'):
            return str(value)
        if '\n' in value or '\r' in value:
            value = ''.join(_line_break.split(value))
        if '=?' in value and not _has_surrogates(value):
            # Parsed headers come back with their encoded words decoded.
            value = str(header.make_header(header.decode_header(value)))
        return value

    def fold(self, name, value):
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        folded = self._fold(name, value, refold_binary=self.cte_type == '7bit')
        charset = 'utf8' if self.utf8 else 'ascii'
        return folded.encode(charset, 'surrogateescape')

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, '_chunks'):
            value = str(value)
        limit = self.max_line_length or 0
        if not isinstance(value, _StoredValue):
            # A parsed header goes out as it came in unless a line is too long.
            lines = _line_break.split(value)
            if not limit or all(len(line) + (len(name) + 2 if i == 0 else 0) <= limit
                                for i, line in enumerate(lines)):
                return '%s: %s%s' % (name, self.linesep.join(lines), self.linesep)
        text = self.header_fetch_parse(name, value)
        if _has_surrogates(text):
            return '%s: %s%s' % (name, text, self.linesep)
        if not self.utf8:
            text = _encode_non_ascii_runs(text)
        h = header.Header(text, header_name=name)
        if self.utf8:
            h._chunks = [(text, header.USASCII)]
        return '%s: %s%s' % (name, h.encode(linesep=self.linesep, maxlinelen=limit),
                             self.linesep)


def _encode_non_ascii_runs(text):
    """text with the words from its first non-ASCII word to its last made one
    UTF-8 encoded word: 'q' unless 'b' is at least five characters shorter."""
    tokens = [t for t in re.findall(r'([ \t]*)([^ \t]*)', text) if t[0] or t[1]]
    marked = [i for i, (ws, word) in enumerate(tokens) if not word.isascii()]
    if not marked:
        return text
    first, last = marked[0], marked[-1]
    data = ''.join(ws + word for ws, word in tokens[first:last + 1])
    lead = tokens[first][0]
    data = data[len(lead):].encode('utf-8')
    qlen = _charset._qp_header_length(data)
    blen = _charset._b64_length(data)
    kind = 'b' if qlen - blen >= 5 else 'q'
    return (''.join(ws + word for ws, word in tokens[:first]) + lead
            + _charset._encoded_word(data, 'utf-8', kind)
            + ''.join(ws + word for ws, word in tokens[last + 1:]))


from email.message import EmailMessage
EmailPolicy.message_factory = EmailMessage
default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
