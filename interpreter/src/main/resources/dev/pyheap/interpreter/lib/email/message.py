"""Message, the email object model's node: headers in order, then a payload.

The headers are a list of (name, value) pairs, names compared without case;
the policy converts values on the way in (header_store_parse) and out
(header_fetch_parse). The payload is a str for a leaf and a list of Messages
for a multipart.
"""

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

import binascii
import quopri
import re
from io import BytesIO, StringIO

from email import utils
from email import errors
from email._policybase import compat32
from email import charset as _charset

Charset = _charset.Charset

SEMISPACE = '; '
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    first, sep, rest = str(param).partition(';')
    if not sep:
        return first.strip(), None
    return first.strip(), rest.strip()


def _formatparam(param, value=None, quote=True):
    """param=value for a header, quoted as needed, RFC 2231-encoded when not ASCII."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return '%s*=%s' % (param, utils.encode_rfc2231(value[2], value[0], value[1]))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _split_semicolons(s):
    """The pieces of s between ';'s, a ';' inside double quotes (an escaped quote not
    counting) not separating; cgi.parse_header splits the same way."""
    s = ';' + s
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        yield s[:end]
        s = s[end:]


def _parseparam(s):
    """The ';'-separated pieces of a header value, names lower-cased."""
    pieces = []
    for piece in _split_semicolons(str(s)):
        if '=' in piece:
            eq = piece.index('=')
            piece = piece[:eq].strip().lower() + '=' + piece[eq + 1:].strip()
        pieces.append(piece.strip())
    return pieces


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _decode_uu(data):
    out = bytearray()
    lines = iter(data.splitlines())
    for line in lines:
        if line.strip().startswith(b'begin '):
            break
    else:
        raise ValueError('`begin` line not found')
    for line in lines:
        if line.strip() == b'end':
            return bytes(out)
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            count = (((line[0] - 32) & 63) * 4 + 5) // 3
            out += binascii.a2b_uu(line[:count])
    raise ValueError('`end` line not found')


class Message:
    """An email message: headers and a payload (text, or a list of sub-messages)."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message flattened to text (headers unfolded unless maxheaderlen)."""
        from email.generator import Generator
        policy = self.policy if policy is None else policy
        out = StringIO()
        g = Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The message flattened to bytes."""
        from email.generator import BytesGenerator
        policy = self.policy if policy is None else policy
        out = BytesIO()
        g = BytesGenerator(out, mangle_from_=False, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Add a sub-message to a multipart payload."""
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload; its i-th part; or, with decode, its bytes after undoing
        the Content-Transfer-Encoding (None for a multipart)."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        raw = None
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                raw = payload.encode('ascii', 'surrogateescape')
                if not decode:
                    try:
                        payload = raw.decode(self.get_param('charset', 'ascii'), 'replace')
                    except LookupError:
                        payload = raw.decode('ascii', 'replace')
            elif decode:
                try:
                    raw = payload.encode('ascii')
                except UnicodeError:
                    raw = payload.encode('raw-unicode-escape')
        if not decode:
            return payload
        if cte == 'quoted-printable':
            return quopri.decodestring(raw)
        if cte == 'base64':
            joined = b''.join(raw.splitlines())
            try:
                return binascii.a2b_base64(joined + b'=' * (-len(joined) % 4))
            except binascii.Error:
                self.policy.handle_defect(self, errors.InvalidBase64CharactersDefect())
                return raw
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            try:
                return _decode_uu(raw)
            except ValueError:
                return raw
        if isinstance(payload, str):
            return raw
        return payload

    def set_payload(self, payload, charset=None):
        """Replace the payload; a charset also sets the MIME headers for it."""
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset, 'surrogateescape')
        if hasattr(payload, 'decode'):
            self._payload = payload.decode('ascii', 'surrogateescape')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Name the payload's charset, adding the MIME headers it implies and
        encoding the payload for transfer."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                payload = self._payload
                if payload:
                    try:
                        payload = payload.encode('ascii', 'surrogateescape')
                    except UnicodeError:
                        payload = payload.encode(charset.output_charset)
                self._payload = charset.body_encode(payload)
                self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # The mapping interface over the headers.

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (after any of the same name; see replace_header)."""
        limit = self.policy.header_max_count(name)
        if limit:
            lname = name.lower()
            seen = 0
            for k, v in self._headers:
                if k.lower() == lname:
                    seen += 1
                    if seen >= limit:
                        raise ValueError("There may be at most {} {} headers "
                                         "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        """Remove every header of that name (no error when there is none)."""
        lname = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != lname]

    def __contains__(self, name):
        lname = name.lower()
        return any(k.lower() == lname for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        """The first header of that name, or failobj."""
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every header of that name, in order, or failobj when there is none."""
        lname = name.lower()
        found = [self.policy.header_fetch_parse(k, v)
                 for k, v in self._headers if k.lower() == lname]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition',
        'attachment', filename='a.txt'); underscores in names become dashes."""
        parts = []
        for k, v in _params.items():
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Change the first header of that name in place; KeyError when absent."""
        lname = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                break
        else:
            raise KeyError(_name)

    # Content types and parameters.

    def get_content_type(self):
        """maintype/subtype in lower case, from Content-Type or the default."""
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for piece in _parseparam(value):
            try:
                name, val = piece.split('=', 1)
                name = name.strip()
                val = val.strip()
            except ValueError:
                name = piece.strip()
                val = ''
            params.append((name, val))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value), ...] of a header, its value first with '' as value."""
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """One parameter's value (an RFC 2231 triple when encoded so), or failobj."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set or change a parameter of a header (Content-Type by default)."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    piece = _formatparam(param, value, requote)
                else:
                    piece = _formatparam(old_param, old_value, requote)
                ctype = piece if not ctype else SEMISPACE.join([ctype, piece])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from a header."""
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                piece = _formatparam(p, v, requote)
                new_ctype = piece if not new_ctype else SEMISPACE.join([new_ctype, piece])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        """Change maintype/subtype, keeping the parameters."""
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename, else Content-Type's name, or failobj."""
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        """The multipart boundary, or failobj."""
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set Content-Type's boundary parameter, keeping the header's place."""
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        new_params = []
        found = False
        for pk, pv in params:
            if pk.lower() == 'boundary':
                new_params.append(('boundary', '"%s"' % boundary))
                found = True
            else:
                new_params.append((pk, pv))
        if not found:
            new_params.append(('boundary', '"%s"' % boundary))
        pieces = []
        for k, v in new_params:
            pieces.append(k if v == '' else '%s=%s' % (k, v))
        value = SEMISPACE.join(pieces)
        for i, (h, v) in enumerate(self._headers):
            if h.lower() == 'content-type':
                self._headers[i] = self.policy.header_store_parse(h, value)
                break

    def get_content_charset(self, failobj=None):
        """Content-Type's charset in lower case, or failobj."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or 'us-ascii'
            try:
                charset = str(bytes(charset[2], 'raw-unicode-escape'), pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        """Each part's charset, in walk order."""
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        """Content-Disposition's value in lower case, or None."""
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        """This message and every sub-message, depth first."""
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A Message under the current policy, with the content-manager methods."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get('content-disposition')
        return False if disposition is None else _splitparam(disposition)[0].lower() == 'attachment'

    _body_types = {('text', 'plain'), ('text', 'html'),
                   ('multipart', 'related'), ('multipart', 'alternative')}

    def iter_attachments(self):
        """The parts of a multipart other than the first of each body kind."""
        maintype, subtype = self.get_content_type().split('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        payload = self.get_payload()
        if not isinstance(payload, list):
            return
        parts = list(payload)
        if subtype == 'related':
            start = self.get_param('start')
            if start and any(p.get('content-id') == start for p in parts):
                yield from (p for p in parts if p.get('content-id') != start)
                return
            yield from parts[1:]
            return
        seen = []
        for part in parts:
            kind = tuple(part.get_content_type().split('/'))
            if kind in self._body_types and not part.is_attachment() and kind[1] not in seen:
                seen.append(kind[1])
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def _body_candidates(self, part, preferencelist):
        """(rank, part) for the parts that may be the body: text parts of a wanted
        subtype, a multipart/related itself, found through multiparts (only the
        start part of a related one), never inside attachments."""
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in preferencelist:
                yield preferencelist.index(subtype), part
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for subpart in part.iter_parts():
                yield from self._body_candidates(subpart, preferencelist)
            return
        if 'related' in preferencelist:
            yield preferencelist.index('related'), part
        start = part.get_param('start')
        chosen = None
        if start:
            chosen = next((p for p in part.iter_parts() if p['content-id'] == start), None)
        if chosen is None:
            subparts = part.get_payload()
            chosen = subparts[0] if subparts else None
        if chosen is not None:
            yield from self._body_candidates(chosen, preferencelist)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The part best holding the body: the first found of the best-ranked
        subtype in preferencelist, or None."""
        best, best_rank = None, len(preferencelist)
        for rank, part in self._body_candidates(self, preferencelist):
            if rank < best_rank:
                best, best_rank = part, rank
                if rank == 0:
                    break
        return best

    def get_content(self, *args, content_manager=None, **kw):
        """The payload as an object (see email.contentmanager)."""
        if content_manager is None:
            content_manager = self.policy.content_manager
        return content_manager.get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        """Make this a leaf part holding an object (see email.contentmanager)."""
        if content_manager is None:
            content_manager = self.policy.content_manager
        content_manager.set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        # the content headers and payload there are move into a first subpart of the same type
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing in disallowed_subtypes + (subtype,):
                raise ValueError("Cannot convert {} to {}".format(existing, subtype))
        keep_headers = []
        part_headers = []
        for name, value in self._headers:
            (part_headers if name.lower().startswith('content-') else keep_headers).append((name, value))
        if part_headers:
            part = type(self)(policy=self.policy)
            part._headers = part_headers
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep_headers
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if self.get_content_maintype() != 'multipart' or self.get_content_subtype() != _subtype:
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under the current policy: set_content adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
