"""Header values as token trees, and the folding of those trees into lines.

A header value is parsed into a tree: inner nodes (TokenList) hold tokens in
source order, leaves (Terminal) are str pieces. str() of a tree is the value's
text with encoded words decoded (a quoted string keeps its quotes); each node
also says how it may be written out when it does not fit on a line:

  as_ew_allowed       its text may be written as RFC 2047 encoded words;
  syntactic_break     it may start a new line of its own;
  ew_combine_allowed  an encoded word for it may absorb the one before it.

refold() writes a tree into lines of at most max_line_length characters.
Pieces are placed left to right; a piece that does not fit moves to a new
line when it may (taking the white space before it along), else it is opened
and its children placed one by one; text that cannot be written in the
policy's charset becomes encoded words, split over lines as needed, and text
encoded since the last encoded word on the same line is merged into one.
MIME parameters that do not fit are written one per line, and a value too
long for any line is cut into RFC 2231 sections.

The parsers (get_unstructured, get_address_list, get_addr_spec,
parse_content_type_header, ...) are lenient: they never raise on bad input
but record defects, as headers parsed from a message must always load.
"""

import re
import sys
import urllib.parse

from email import errors
from email import utils
from email import charset as _charset

WSP = set(' \t')
CFWS_LEADER = WSP | set('(')
SPECIALS = set(r'()<>@,:;.\"[]')
SPECIALSNL = SPECIALS | set('\r\n')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set('.')
PHRASE_ENDS = SPECIALS - set('."(')
TSPECIALS = (SPECIALS | set('/?=')) - set('.')
TOKEN_ENDS = TSPECIALS | WSP
ASPECIALS = TSPECIALS | set("*'%")
ATTRIBUTE_ENDS = ASPECIALS | WSP


def quote_string(value):
    """value in double quotes, its backslashes and quotes escaped."""
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


class TokenList(list):
    """An inner node of a parse tree."""

    token_type = None
    syntactic_break = True
    ew_combine_allowed = True

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.defects = []

    def __str__(self):
        return ''.join(str(x) for x in self)

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, super().__repr__())

    @property
    def value(self):
        return ''.join(x.value for x in self if x.value)

    @property
    def all_defects(self):
        return sum((x.all_defects for x in self), self.defects)

    def startswith_fws(self):
        return bool(self) and self[0].startswith_fws()

    @property
    def as_ew_allowed(self):
        """Whether every child may be written as encoded words."""
        return all(part.as_ew_allowed for part in self)

    def fold(self, *, policy):
        return refold(self, policy)


class Terminal(str):
    """A leaf of a parse tree: a piece of text of one kind."""

    as_ew_allowed = True
    ew_combine_allowed = True
    syntactic_break = True

    def __new__(cls, value, token_type):
        self = super().__new__(cls, value)
        self.token_type = token_type
        self.defects = []
        return self

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, super().__repr__())

    @property
    def all_defects(self):
        return list(self.defects)

    @property
    def value(self):
        return str(self)

    def startswith_fws(self):
        return False

    def __getnewargs__(self):
        return str(self), self.token_type


class ValueTerminal(Terminal):
    pass


class WhiteSpaceTerminal(Terminal):

    @property
    def value(self):
        return ' '

    def startswith_fws(self):
        return True


class ListSeparator(ValueTerminal):
    """The ',' between addresses: kept as it is and never starting a line."""

    as_ew_allowed = False
    syntactic_break = False


class EWWhiteSpaceTerminal(WhiteSpaceTerminal):
    """White space between two encoded words: no text of its own."""

    @property
    def value(self):
        return ''

    def __str__(self):
        return ''


# Node kinds. Only what the folding and the header classes read is declared.

class Header(TokenList):
    token_type = 'header'


class HeaderLabel(TokenList):
    token_type = 'header-label'
    as_ew_allowed = False


class CFWSList(TokenList):
    token_type = 'cfws'


class Comment(TokenList):
    token_type = 'comment'

    @property
    def value(self):
        return ' '


class UnstructuredTokenList(TokenList):
    token_type = 'unstructured'


class EncodedWord(TokenList):
    token_type = 'encoded-word'
    cte = charset = lang = None


class QuotedString(TokenList):
    """"text": str() has the quotes, the children only the text between."""

    token_type = 'quoted-string'

    def __init__(self, *args, source=''):
        super().__init__(*args)
        self.source = source

    def __str__(self):
        return self.source

    @property
    def value(self):
        return ''.join(str(x) for x in self)


class Atom(TokenList):
    token_type = 'atom'


class Phrase(TokenList):
    token_type = 'phrase'


class DisplayName(Phrase):
    token_type = 'display-name'
    ew_combine_allowed = False

    @property
    def display_name(self):
        words = [w.value for w in self if w.token_type in ('atom', 'quoted-string', 'encoded-word')]
        return ' '.join(words)


class AddrSpec(TokenList):
    token_type = 'addr-spec'
    as_ew_allowed = False
    local_part = domain = None

    @property
    def addr_spec(self):
        lp = self.local_part or ''
        if not DOT_ATOM_ENDS.isdisjoint(lp):
            lp = quote_string(lp)
        if self.domain is not None:
            return lp + '@' + self.domain
        return lp


class AngleAddr(TokenList):
    token_type = 'angle-addr'
    as_ew_allowed = False
    local_part = domain = addr_spec = None


class Mailbox(TokenList):
    token_type = 'mailbox'
    display_name = local_part = domain = addr_spec = None


class Group(TokenList):
    token_type = 'group'
    display_name = None
    mailboxes = ()


class Address(TokenList):
    token_type = 'address'

    @property
    def display_name(self):
        return self[-1].display_name if self[-1].token_type == 'group' else None

    @property
    def all_mailboxes(self):
        node = self[-1]
        if node.token_type == 'group':
            return list(node.mailboxes)
        return [node] if node.token_type == 'mailbox' else []


class AddressList(TokenList):
    token_type = 'address-list'

    @property
    def addresses(self):
        return [x for x in self if x.token_type == 'address']

    @property
    def mailboxes(self):
        return [mb for a in self.addresses for mb in a.all_mailboxes]

    @property
    def all_mailboxes(self):
        return self.mailboxes


class MimeParameters(TokenList):
    token_type = 'mime-parameters'
    syntactic_break = False
    params = ()

    def __str__(self):
        # the parameters as they will be written: every value quoted
        text = '; '.join('{}={}'.format(name, quote_string(value)) if value else name
                         for name, value in self.params)
        return ' ' + text if text else ''


class ParameterizedHeaderValue(TokenList):
    syntactic_break = False
    as_ew_allowed = False

    @property
    def params(self):
        for token in self:
            if token.token_type == 'mime-parameters':
                return token.params
        return []


class ContentType(ParameterizedHeaderValue):
    token_type = 'content-type'
    maintype = 'text'
    subtype = 'plain'


class ContentDisposition(ParameterizedHeaderValue):
    token_type = 'content-disposition'
    content_disposition = None


class ContentTransferEncoding(TokenList):
    token_type = 'content-transfer-encoding'
    as_ew_allowed = False
    cte = '7bit'


class MIMEVersion(TokenList):
    token_type = 'mime-version'
    major = minor = None


class MessageID(TokenList):
    token_type = 'message-id'
    as_ew_allowed = False


# Encoded words.

_ew_pattern = re.compile(r'=\?([^?\s]+)\?([qQbB])\?([^?\s]*)\?=')


def _decode_ew(token):
    """(text, charset, lang, defects) of one encoded word, or None if token is not one."""
    m = _ew_pattern.fullmatch(token)
    if m is None:
        return None
    charset, cte, data = m.groups()
    lang = ''
    if '*' in charset:
        charset, lang = charset.split('*', 1)
    defects = []
    if cte.lower() == 'q':
        raw = re.sub(rb'=([0-9A-Fa-f]{2})', lambda mm: bytes([int(mm.group(1), 16)]),
                     data.replace('_', ' ').encode('ascii', 'surrogateescape'))
    else:
        import binascii
        padded = data + '=' * (-len(data) % 4)
        try:
            raw = binascii.a2b_base64(padded.encode('ascii'))
        except binascii.Error:
            return None
    try:
        text = raw.decode(charset, 'surrogateescape')
    except LookupError:
        defects.append(errors.CharsetError(
            'Unknown charset {!r} in encoded word; decoded as unknown bytes'.format(charset)))
        text = raw.decode('ascii', 'surrogateescape')
    except UnicodeDecodeError:
        text = raw.decode(charset, 'replace')
    return text, charset, lang, defects


def _encode_ew(text, charset):
    """text as one encoded word: q unless b is at least 5 characters shorter."""
    if charset == 'unknown-8bit':
        data = text.encode('ascii', 'surrogateescape')
    else:
        data = text.encode(charset)
    kind = 'b' if _charset._qp_header_length(data) - _charset._b64_length(data) >= 5 else 'q'
    return _charset._encoded_word(data, charset, kind)


def _words_of(text, make=ValueTerminal, kind='vtext'):
    """Terminals for the words and white space runs of text."""
    out = []
    for m in re.finditer(r'[ \t]+|[^ \t]+', text):
        piece = m.group()
        if piece[0] in WSP:
            out.append(WhiteSpaceTerminal(piece, 'fws'))
        else:
            out.append(make(piece, kind))
    return out


def _encoded_word_token(token):
    decoded = _decode_ew(token)
    if decoded is None:
        return None
    text, charset, lang, defects = decoded
    ew = EncodedWord(_words_of(text))
    ew.cte, ew.charset, ew.lang = 'q', charset, lang
    ew.defects.extend(defects)
    return ew


# Unstructured text.

def get_unstructured(value):
    """The words, white space and encoded words of a free-text value."""
    tree = UnstructuredTokenList()
    for m in re.finditer(r'[ \t]+|[^ \t]+', value):
        piece = m.group()
        if piece[0] in WSP:
            tree.append(WhiteSpaceTerminal(piece, 'fws'))
            continue
        if piece.startswith('=?'):
            ew = _encoded_word_token(piece)
            if ew is not None:
                if len(tree) > 1 and tree[-1].token_type == 'fws' \
                        and tree[-2].token_type == 'encoded-word':
                    tree[-1] = EWWhiteSpaceTerminal(tree[-1], 'fws')
                tree.append(ew)
                continue
        tree.append(ValueTerminal(piece, 'vtext'))
    return tree


# A tokenizer for the structured headers: white space, comments, quoted
# strings, single specials and runs of other characters.

def _lex(value, ends=DOT_ATOM_ENDS):
    tokens = []
    i, n = 0, len(value)
    while i < n:
        ch = value[i]
        if ch in WSP or ch in '\r\n':
            j = i
            while j < n and (value[j] in WSP or value[j] in '\r\n'):
                j += 1
            tokens.append(('ws', value[i:j], value[i:j]))
            i = j
        elif ch == '(':
            depth, j, text = 0, i, []
            while j < n:
                c = value[j]
                if c == '\\' and j + 1 < n:
                    text.append(value[j + 1])
                    j += 2
                    continue
                if c == '(':
                    depth += 1
                elif c == ')':
                    depth -= 1
                    if depth == 0:
                        j += 1
                        break
                text.append(c)
                j += 1
            tokens.append(('comment', value[i:j], ''.join(text[1:])))
            i = j
        elif ch == '"':
            j, text = i + 1, []
            while j < n and value[j] != '"':
                if value[j] == '\\' and j + 1 < n:
                    j += 1
                text.append(value[j])
                j += 1
            j = min(j + 1, n)
            tokens.append(('quoted', value[i:j], ''.join(text)))
            i = j
        elif ch in ends:
            tokens.append(('special', ch, ch))
            i += 1
        else:
            j = i
            while j < n and value[j] not in ends and value[j] not in '\r\n':
                j += 1
            tokens.append(('atom', value[i:j], value[i:j]))
            i = j
    return tokens


def _cfws_node(kind, source):
    if kind == 'ws':
        return WhiteSpaceTerminal(source, 'fws')
    comment = Comment([ValueTerminal(source, 'ptext')])
    return comment


def _word_node(kind, source, text):
    if kind == 'quoted':
        return QuotedString(_words_of(text, kind='ptext'), source=source)
    if source.startswith('=?'):
        ew = _encoded_word_token(source)
        if ew is not None:
            return ew
    return Atom([ValueTerminal(source, 'atext')])


def _make_addr_spec(tokens, defects):
    """An AddrSpec node from the tokens of local@domain (comments dropped from the values)."""
    node = AddrSpec()
    local, domain, seen_at = [], [], False
    for kind, source, text in tokens:
        node.append(_cfws_node(kind, source) if kind in ('ws', 'comment')
                    else ValueTerminal(source, 'addr-spec-text'))
        if kind in ('ws', 'comment'):
            continue
        if kind == 'special' and source == '@' and not seen_at:
            seen_at = True
            continue
        (domain if seen_at else local).append(text)
    node.local_part = ''.join(local)
    node.domain = ''.join(domain) if seen_at else None
    if not seen_at:
        defects.append(errors.InvalidHeaderDefect('addr-spec local part with no domain'))
    return node


def _parse_mailbox(tokens):
    """A Mailbox node from its tokens (a name-addr or an addr-spec)."""
    mailbox = Mailbox()
    defects = mailbox.defects
    lt = next((i for i, t in enumerate(tokens) if t[0] == 'special' and t[1] == '<'), None)
    if lt is None:
        # leading and trailing white space stay outside the addr-spec
        start = 0
        while start < len(tokens) and tokens[start][0] in ('ws', 'comment'):
            mailbox.append(_cfws_node(tokens[start][0], tokens[start][1]))
            start += 1
        end = len(tokens)
        while end > start and tokens[end - 1][0] in ('ws', 'comment'):
            end -= 1
        spec = _make_addr_spec(tokens[start:end], defects)
        mailbox.append(spec)
        for kind, source, text in tokens[end:]:
            mailbox.append(_cfws_node(kind, source))
        mailbox.local_part, mailbox.domain = spec.local_part, spec.domain
        mailbox.addr_spec = spec.addr_spec
        comments = [t[2] for t in tokens if t[0] == 'comment']
        mailbox.display_name = None
        return mailbox
    name = DisplayName()
    words = []
    for kind, source, text in tokens[:lt]:
        if kind in ('ws', 'comment'):
            name.append(_cfws_node(kind, source))
            continue
        word = _word_node(kind, source, text)
        name.append(word)
        words.append(word)
    gt = next((i for i in range(lt, len(tokens)) if tokens[i][0] == 'special'
               and tokens[i][1] == '>'), None)
    inner = tokens[lt + 1:gt] if gt is not None else tokens[lt + 1:]
    if gt is None:
        defects.append(errors.InvalidHeaderDefect("missing trailing '>' on angle-addr"))
    angle = AngleAddr([ValueTerminal('<', 'angle-addr-start')])
    inner_nodes = [t for t in inner if t[0] not in ('ws', 'comment')]
    if inner_nodes:
        spec = _make_addr_spec(inner, defects)
        angle.append(spec)
        angle.local_part, angle.domain = spec.local_part, spec.domain
        angle.addr_spec = spec.addr_spec
    else:
        angle.local_part, angle.domain, angle.addr_spec = '', None, '<>'
    if gt is not None:
        angle.append(ValueTerminal('>', 'angle-addr-end'))
        for kind, source, text in tokens[gt + 1:]:
            angle.append(_cfws_node(kind, source))
    if words:
        # white space before '<' belongs to the display name
        mailbox.append(name)
    else:
        for node in name:
            mailbox.append(node)
    mailbox.append(angle)
    parts = []
    for word in words:
        parts.append(word.value if word.token_type != 'encoded-word' else str(word))
    mailbox.display_name = ' '.join(parts) if words else None
    mailbox.local_part, mailbox.domain = angle.local_part, angle.domain
    mailbox.addr_spec = angle.addr_spec
    return mailbox


def _split_top(tokens, sep):
    """tokens split at top-level sep specials (inside angle brackets they do not count)."""
    pieces, current, depth = [], [], 0
    for tok in tokens:
        if tok[0] == 'special' and tok[1] == '<':
            depth += 1
        elif tok[0] == 'special' and tok[1] == '>':
            depth = max(0, depth - 1)
        if tok[0] == 'special' and tok[1] == sep and depth == 0:
            pieces.append(current)
            current = []
        else:
            current.append(tok)
    pieces.append(current)
    return pieces


def get_address_list(value):
    """(AddressList, '') for an address-list value: mailboxes and groups, comma-separated."""
    tokens = _lex(value)
    tree = AddressList()
    # group the tokens: a group runs from 'name:' to ';'
    items, current, in_group, depth = [], [], False, 0
    for tok in tokens:
        if tok[0] == 'special' and tok[1] == '<':
            depth += 1
        elif tok[0] == 'special' and tok[1] == '>':
            depth = max(0, depth - 1)
        if depth == 0 and tok[0] == 'special':
            if tok[1] == ':' and not in_group:
                in_group = True
            elif tok[1] == ';' and in_group:
                in_group = False
            elif tok[1] == ',' and not in_group:
                items.append(current)
                current = []
                continue
        current.append(tok)
    items.append(current)
    first = True
    for item in items:
        if not first:
            tree.append(ListSeparator(',', 'list-separator'))
        first = False
        if not any(t[0] not in ('ws', 'comment') for t in item):
            for kind, source, text in item:
                tree.append(_cfws_node(kind, source))
            continue
        address = Address()
        colon = next((i for i, t in enumerate(item) if t[0] == 'special' and t[1] == ':'), None)
        if colon is not None:
            address.append(_parse_group(item, colon))
        else:
            address.append(_parse_mailbox(item))
        tree.append(address)
    return tree, ''


def _parse_group(tokens, colon):
    group = Group()
    name = DisplayName()
    words = []
    for kind, source, text in tokens[:colon]:
        if kind in ('ws', 'comment'):
            name.append(_cfws_node(kind, source))
        else:
            word = _word_node(kind, source, text)
            name.append(word)
            words.append(word)
    group.append(name)
    group.append(ValueTerminal(':', 'group-display-name-terminator'))
    rest = tokens[colon + 1:]
    semi = next((i for i in range(len(rest) - 1, -1, -1)
                 if rest[i][0] == 'special' and rest[i][1] == ';'), None)
    body = rest if semi is None else rest[:semi]
    mailboxes = []
    first = True
    for piece in _split_top(body, ','):
        if not first:
            group.append(ListSeparator(',', 'list-separator'))
        first = False
        if not any(t[0] not in ('ws', 'comment') for t in piece):
            for kind, source, text in piece:
                group.append(_cfws_node(kind, source))
            continue
        mb = _parse_mailbox(piece)
        group.append(mb)
        mailboxes.append(mb)
    if semi is not None:
        group.append(ValueTerminal(';', 'group-terminator'))
        for kind, source, text in rest[semi + 1:]:
            group.append(_cfws_node(kind, source))
    group.display_name = ' '.join(w.value if w.token_type != 'encoded-word' else str(w)
                                  for w in words)
    group.mailboxes = mailboxes
    return group


def get_addr_spec(value):
    """(AddrSpec, rest) for the addr-spec at the start of value: local part, '@',
    domain and the white space or comments after it."""
    tokens = _lex(value)
    end = len(tokens)
    seen_at = in_domain = after_space = False
    for i, (kind, source, text) in enumerate(tokens):
        if kind in ('ws', 'comment'):
            after_space = in_domain or after_space
            continue
        if kind == 'special' and source != '@' or after_space and in_domain:
            end = i
            break
        if source == '@':
            seen_at = True
        elif seen_at:
            in_domain = True
    defects = []
    spec = _make_addr_spec(tokens[:end], defects)
    spec.defects.extend(defects)
    rest = ''.join(t[1] for t in tokens[end:])
    return spec, rest


def get_mailbox_list(value):
    tree, rest = get_address_list(value)
    return tree, rest


# MIME headers.

def _parse_params(text):
    """[(name, value)] of a ';'-separated parameter list, RFC 2231 sections joined and decoded."""
    raw = []
    for piece in _split_top(_lex(text, TOKEN_ENDS), ';'):
        words = [t for t in piece if t[0] not in ('ws', 'comment')]
        if not words:
            continue
        eq = next((i for i, t in enumerate(words) if t[0] == 'special' and t[1] == '='), None)
        if eq is None:
            joined = ''.join(t[1] for t in words)
            if '=' in joined:
                name, _, value = joined.partition('=')
                raw.append((name.strip(), value.strip(), False))
            continue
        name = ''.join(t[1] for t in words[:eq]).strip()
        value = ''.join(t[2] if t[0] == 'quoted' else t[1] for t in words[eq + 1:])
        quoted = any(t[0] == 'quoted' for t in words[eq + 1:])
        raw.append((name, value, quoted))
    params, sections = [], {}
    for name, value, quoted in raw:
        m = re.fullmatch(r'([^*]+)\*(?:(\d+)(\*)?|())', name)
        if m is None:
            params.append((name, value))
            continue
        base, number, star = m.group(1), m.group(2), m.group(3)
        encoded = star is not None or number is None
        if base.lower() not in sections:
            sections[base.lower()] = []
            params.append((base, sections[base.lower()]))
        sections[base.lower()].append((int(number or 0), value, encoded and not quoted))
    result = []
    for name, value in params:
        if isinstance(value, list):
            value.sort(key=lambda s: s[0])
            charset, data = 'us-ascii', b''
            for index, (number, piece, encoded) in enumerate(value):
                if encoded:
                    if index == 0 and piece.count("'") >= 2:
                        charset, _, piece = piece.split("'", 2)
                    data += urllib.parse.unquote_to_bytes(piece)
                else:
                    data += piece.encode('ascii', 'surrogateescape')
            try:
                value = data.decode(charset or 'us-ascii', 'surrogateescape')
            except LookupError:
                value = data.decode('us-ascii', 'surrogateescape')
        result.append((name, value))
    return result


def _mime_value(value, node, key_tokens):
    """Fill node with the leading value's terminals, then ';' and the parameters."""
    head, sep, tail = value.partition(';')
    node.extend(_words_of(head, kind='token'))
    if sep:
        node.append(ValueTerminal(';', 'parameter-separator'))
        params = MimeParameters()
        params.params = _parse_params(tail)
        params.extend(_words_of(tail, kind='value'))
        node.append(params)
    return head


def _strip_comments(text):
    return ''.join(t[1] for t in _lex(text, TOKEN_ENDS) if t[0] != 'comment').strip()


def parse_content_type_header(value):
    ctype = ContentType()
    head = _mime_value(value, ctype, None)
    kind = _strip_comments(head)
    if not kind:
        ctype.defects.append(errors.HeaderMissingRequiredValue(
            'Missing content type specification'))
        return ctype
    maintype, sep, subtype = kind.partition('/')
    if not sep or not maintype.strip() or not subtype.strip():
        ctype.defects.append(errors.InvalidHeaderDefect(
            'Invalid content type'))
        return ctype
    ctype.maintype = maintype.strip().lower()
    ctype.subtype = subtype.strip().lower()
    return ctype


def parse_content_disposition_header(value):
    disposition = ContentDisposition()
    head = _mime_value(value, disposition, None)
    kind = _strip_comments(head)
    if not kind:
        disposition.defects.append(errors.HeaderMissingRequiredValue(
            'Missing content disposition'))
    else:
        disposition.content_disposition = kind.lower()
    return disposition


def parse_content_transfer_encoding_header(value):
    cte = ContentTransferEncoding(_words_of(value, kind='token'))
    kind = _strip_comments(value)
    if not kind:
        cte.defects.append(errors.HeaderMissingRequiredValue(
            'Missing content transfer encoding'))
    else:
        cte.cte = utils.unquote(kind).lower()
    return cte


def parse_mime_version(value):
    version = MIMEVersion(_words_of(value, kind='digits'))
    text = _strip_comments(value).replace(' ', '')
    m = re.fullmatch(r'(\d+)\.(\d+)', text)
    if m is None:
        version.defects.append(errors.HeaderMissingRequiredValue(
            'Missing MIME version number (eg: 1.0)') if not text else
            errors.InvalidHeaderDefect('Expected MIME version number but found {!r}'.format(text)))
    else:
        version.major, version.minor = int(m.group(1)), int(m.group(2))
    return version


def parse_message_id(value):
    message_id = MessageID(_cfws_node(kind, source) if kind in ('ws', 'comment')
                           else ValueTerminal(source, 'msg-id-text')
                           for kind, source, text in _lex(value))
    if not value.strip():
        message_id.defects.append(errors.HeaderMissingRequiredValue('Missing Message-ID'))
    return message_id


# Folding.

def _steal_trailing_wsp(lines):
    wsp = ''
    if lines and lines[-1] and lines[-1][-1] in WSP:
        wsp = lines[-1][-1]
        lines[-1] = lines[-1][:-1]
    return wsp


def refold(tree, policy):
    """tree (a whole header: label, space, value) folded into policy.linesep-ended lines."""
    maxlen = policy.max_line_length or sys.maxsize
    encoding = 'utf-8' if policy.utf8 else 'us-ascii'
    lines = ['']
    last_ew = None
    blocked = 0
    want_encoding = False
    charset = encoding
    end_blocked = object()
    parts = list(tree)
    while parts:
        part = parts.pop(0)
        if part is end_blocked:
            blocked -= 1
            continue
        text = str(part)
        if not want_encoding:
            # quoted text with specials in it is encoded, or its words would
            # be read apart; so is a line break
            ends = SPECIALSNL if part.token_type == 'ptext' else '\r\n'
            want_encoding = any(c in ends for c in text)
        try:
            text.encode(encoding)
            charset = encoding
        except UnicodeEncodeError:
            charset = 'unknown-8bit' if utils._has_surrogates(text) else 'utf-8'
            want_encoding = True
        if part.token_type == 'mime-parameters':
            _fold_mime_parameters(part, lines, maxlen, encoding)
            continue
        if want_encoding and not blocked:
            if not part.as_ew_allowed:
                want_encoding = False
                last_ew = None
                if part.syntactic_break:
                    folded = refold(part, policy)[:-len(policy.linesep)]
                    if policy.linesep not in folded:
                        if len(folded) > maxlen - len(lines[-1]):
                            lines.append(_steal_trailing_wsp(lines))
                        lines[-1] += folded
                        continue
            want_encoding = False
            if isinstance(part, TokenList):
                parts = list(part) + parts
                continue
            if part.as_ew_allowed:
                last_ew = _fold_as_ew(text, lines, maxlen, last_ew,
                                      part.ew_combine_allowed, charset)
                continue
            # a terminal that stays as it is (a list separator)
            last_ew = None
        if len(text) <= maxlen - len(lines[-1]):
            lines[-1] += text
            continue
        if part.syntactic_break and len(text) + 1 <= maxlen:
            newline = _steal_trailing_wsp(lines)
            if newline or part.startswith_fws():
                lines.append(newline + text)
                last_ew = None
                continue
        if isinstance(part, TokenList):
            children = list(part)
            if not part.as_ew_allowed:
                blocked += 1
                children.append(end_blocked)
            parts = children + parts
            continue
        if part.as_ew_allowed and not blocked:
            parts.insert(0, part)
            want_encoding = True
            continue
        newline = _steal_trailing_wsp(lines)
        if newline or part.startswith_fws():
            lines.append(newline + text)
        else:
            lines[-1] += text
    return policy.linesep.join(lines) + policy.linesep


def _fold_as_ew(text, lines, maxlen, last_ew, combine, charset):
    """Write text as encoded words from the end of lines[-1]; the index of the
    first of them on the last line, where a later word may join them."""
    if last_ew is not None and combine:
        text = str(get_unstructured(lines[-1][last_ew:] + text))
        lines[-1] = lines[-1][:last_ew]
    if text[0] in WSP:
        leading = text[0]
        text = text[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_trailing_wsp(lines))
        lines[-1] += leading
    trailing = ''
    if text[-1] in WSP:
        trailing = text[-1]
        text = text[:-1]
    start = len(lines[-1]) if last_ew is None else last_ew
    ew_charset = 'utf-8' if charset == 'us-ascii' else charset
    chrome = len(ew_charset) + 7
    if chrome + 1 >= maxlen:
        raise errors.HeaderParseError('max_line_length is too small to fit an encoded word')
    while text:
        room = maxlen - len(lines[-1])
        if room - chrome <= 0:
            lines.append(' ')
            continue
        chunk = text[:room - chrome]
        word = _encode_ew(chunk, ew_charset)
        while len(word) > room:
            chunk = chunk[:-1]
            word = _encode_ew(chunk, ew_charset)
        lines[-1] += word
        text = text[len(chunk):]
        if text:
            lines.append(' ')
            start = len(lines[-1])
    lines[-1] += trailing
    return start if combine else None


def _fold_mime_parameters(part, lines, maxlen, encoding):
    """Each parameter after the last, on this line if it fits, else on the next,
    else cut into RFC 2231 sections."""
    for name, value in part.params:
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset, handler = encoding, 'strict'
        try:
            value.encode(encoding)
            needs_encoding = False
        except UnicodeEncodeError:
            needs_encoding = True
            if utils._has_surrogates(value):
                charset, handler = 'unknown-8bit', 'surrogateescape'
            else:
                charset = 'utf-8'
        if needs_encoding:
            text = "{}*={}''{}".format(name, charset, urllib.parse.quote(
                value, safe='', errors=handler))
        else:
            text = '{}={}'.format(name, quote_string(value))
        if len(lines[-1]) + len(text) + 1 < maxlen:
            lines[-1] += ' ' + text
            continue
        if len(text) + 2 <= maxlen:
            lines.append(' ' + text)
            continue
        section = 0
        prefix = charset + "''"
        while value:
            chrome = len(name) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome + 3:
                maxlen = 78
            cut = room = maxlen - chrome - 2
            while True:
                piece = urllib.parse.quote(value[:cut], safe='', errors=handler)
                if len(piece) <= room:
                    break
                cut -= 1
            lines.append(' {}*{}*={}{}'.format(name, section, prefix, piece))
            prefix = ''
            section += 1
            value = value[cut:]
            if value:
                lines[-1] += ';'
