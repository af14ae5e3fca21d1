"""Header objects: the values EmailPolicy stores and gives back.

A header object is a str (the value with encoded words decoded and addresses
and dates in their canonical forms) that also knows its name, its defects and
the parse tree it folds from, with attributes for its kind of value
(addresses, datetime, params, ...). HeaderRegistry maps a header's name to
its class: a class of the registry mixed into the base class, made per lookup.
"""

from types import MappingProxyType

from email import utils
from email import errors
from email import _header_value_parser as parser


class Address:
    """One mailbox: display name, user name and domain (read-only)."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        joined = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in joined or '\n' in joined:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            spec, rest = parser.get_addr_spec(addr_spec)
            if rest:
                raise ValueError("Invalid addr_spec; only '{}' could be parsed "
                                 "from '{}'".format(spec, addr_spec))
            if spec.all_defects:
                raise spec.all_defects[0]
            username, domain = spec.local_part, spec.domain
        self._display_name = display_name
        self._username = username
        self._domain = domain

    display_name = property(lambda self: self._display_name)
    username = property(lambda self: self._username)
    domain = property(lambda self: self._domain)

    @property
    def addr_spec(self):
        """username@domain, the user name quoted when it must be."""
        local = self.username
        if not parser.DOT_ATOM_ENDS.isdisjoint(local):
            local = parser.quote_string(local)
        if self.domain:
            return local + '@' + self.domain
        return local if local else '<>'

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            type(self).__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        if not name:
            return self.addr_spec
        spec = self.addr_spec
        return '{} <{}>'.format(name, '' if spec == '<>' else spec)

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == \
            (other.display_name, other.username, other.domain)


class Group:
    """A named list of Addresses; with no name and one address it stands for that address."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else ()

    display_name = property(lambda self: self._display_name)
    addresses = property(lambda self: self._addresses)

    def __repr__(self):
        # CPython's repr lacks the closing parenthesis too
        return "{}(display_name={!r}, addresses={!r}".format(
            type(self).__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not parser.SPECIALS.isdisjoint(name):
            name = parser.quote_string(name)
        members = ', '.join(str(a) for a in self.addresses)
        return '{}:{};'.format(name, ' ' + members if members else members)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name, self.addresses) == (other.display_name, other.addresses)


class BaseHeader(str):
    """The str every header class derives from. A subclass's parse(value, kwds)
    sets kwds['decoded'] and kwds['parse_tree'] (and may add defects and keys
    its init takes)."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        if utils._has_surrogates(kwds['decoded']):
            kwds['decoded'] = utils._sanitize(kwds['decoded'])
        self = str.__new__(cls, kwds.pop('decoded'))
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header,
                (type(self).__name__, type(self).__bases__, str(self)),
                self.__getstate__())

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """'Name: value' folded into lines for policy, non-ASCII text as encoded words."""
        header = parser.Header([parser.HeaderLabel([
            parser.ValueTerminal(self.name, 'header-name'),
            parser.ValueTerminal(':', 'header-sep')])])
        if self._parse_tree:
            header.append(parser.CFWSList([parser.WhiteSpaceTerminal(' ', 'fws')]))
        header.append(self._parse_tree)
        return header.fold(policy=policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:

    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = cls.value_parser(value)
        kwds['decoded'] = str(kwds['parse_tree'])


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: .datetime is aware, or naive for the zone -0000; a datetime may be set."""

    max_count = None
    value_parser = staticmethod(parser.get_unstructured)

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            kwds['parse_tree'] = parser.TokenList()
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                kwds['parse_tree'] = parser.TokenList()
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(value)
        kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """Addresses and groups; set from a str or from Address/Group objects (or a list of them)."""

    max_count = None

    @staticmethod
    def value_parser(value):
        tree, rest = parser.get_address_list(value)
        return tree

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            kwds['parse_tree'] = tree = cls.value_parser(value)
            groups = [Group(item.display_name,
                            [Address(mb.display_name or '', mb.local_part or '',
                                     mb.domain or '') for mb in item.all_mailboxes])
                      for item in tree.addresses]
            defects = list(tree.all_defects)
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [item if hasattr(item, 'addresses') else Group(None, [item])
                      for item in value]
            defects = []
        kwds['groups'] = groups
        kwds['defects'] = defects
        kwds['decoded'] = ', '.join(str(g) for g in groups)
        if 'parse_tree' not in kwds:
            kwds['parse_tree'] = cls.value_parser(kwds['decoded'])

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(a for g in self._groups for a in g.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError("value of single address header {} is not "
                             "a single address".format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


class MIMEVersionHeader:

    max_count = 1
    value_parser = staticmethod(parser.parse_mime_version)

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = tree = cls.value_parser(value)
        kwds['decoded'] = str(tree)
        kwds['defects'].extend(tree.all_defects)
        kwds['major'] = None if tree.minor is None else tree.major
        kwds['minor'] = tree.minor
        kwds['version'] = None if tree.minor is None else '{}.{}'.format(tree.major, tree.minor)

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    major = property(lambda self: self._major)
    minor = property(lambda self: self._minor)
    version = property(lambda self: self._version)


class ParameterizedMIMEHeader:
    """A MIME value followed by parameters, .params a read-only mapping (names in lower case)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = tree = cls.value_parser(value)
        kwds['decoded'] = str(tree)
        kwds['defects'].extend(tree.all_defects)
        kwds['params'] = {utils._sanitize(name).lower(): utils._sanitize(val)
                          for name, val in tree.params}

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):

    value_parser = staticmethod(parser.parse_content_type_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._maintype = utils._sanitize(self._parse_tree.maintype)
        self._subtype = utils._sanitize(self._parse_tree.subtype)

    maintype = property(lambda self: self._maintype)
    subtype = property(lambda self: self._subtype)

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):

    value_parser = staticmethod(parser.parse_content_disposition_header)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        kind = self._parse_tree.content_disposition
        self._content_disposition = kind if kind is None else utils._sanitize(kind)

    content_disposition = property(lambda self: self._content_disposition)


class ContentTransferEncodingHeader:

    max_count = 1
    value_parser = staticmethod(parser.parse_content_transfer_encoding_header)

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = tree = cls.value_parser(value)
        kwds['decoded'] = str(tree)
        kwds['defects'].extend(tree.all_defects)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._cte = utils._sanitize(self._parse_tree.cte)

    cte = property(lambda self: self._cte)


class MessageIDHeader:

    max_count = 1
    value_parser = staticmethod(parser.parse_message_id)

    @classmethod
    def parse(cls, value, kwds):
        kwds['parse_tree'] = tree = cls.value_parser(value)
        kwds['decoded'] = str(tree)
        kwds['defects'].extend(tree.all_defects)


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """A policy's header_factory: header name -> header class -> header object."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        """Use cls for headers called name."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
