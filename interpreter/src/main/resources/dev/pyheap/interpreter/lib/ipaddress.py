"""IPv4 and IPv6 addresses, networks and interfaces, as CPython 3.11's ipaddress module.

Every value is an int: 32 bits for version 4, 128 for version 6. The per-version classes _BaseV4 and
_BaseV6 hold what differs between the versions (the size, how text becomes an int and back, which
netmask spellings are accepted); _BaseAddress and _BaseNetwork hold what an address or a network does
whatever its version. So IPv4Network is _BaseV4 + _BaseNetwork, IPv6Address is _BaseV6 +
_BaseAddress, and an interface is an address subclass that also carries the network it sits in.

A network is its lowest address and a prefix length; the netmask is the prefix's run of ones, the
hostmask its complement, the broadcast address the network address with every host bit set. Host
bits in the given address are an error unless strict=False, which clears them.

Text forms. Version 4: four decimal octets, no leading zeros. Version 6: eight hextets separated by
colons, where one '::' stands for one or more zero hextets, the last 32 bits may be written as a
dotted quad, and '%scope' may follow an address. The shortest form writes the longest run of two or
more zero hextets (the first such run on a tie) as '::'.

Parse errors are AddressValueError or NetmaskValueError (both ValueError) with CPython's messages;
the special ranges (private, reserved, multicast...) are those of 3.11.7.
"""

import functools

__all__ = ['AddressValueError', 'NetmaskValueError', 'IPv4Address', 'IPv6Address', 'IPv4Network', 'IPv6Network',
           'IPv4Interface', 'IPv6Interface', 'ip_address', 'ip_network', 'ip_interface', 'v4_int_to_packed',
           'v6_int_to_packed', 'summarize_address_range', 'collapse_addresses', 'get_mixed_type_key',
           'IPV4LENGTH', 'IPV6LENGTH']

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error about an address."""


class NetmaskValueError(ValueError):
    """A value error about a netmask."""


# Each function below tries its classes one by one, as CPython's does: the error of a value that is
# neither version comes from the function itself.
def ip_address(address):
    """An IPv4Address or IPv6Address from a str, an int or packed bytes."""
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network."""
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    """The 4 bytes of an IPv4 address's int, most significant first."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 bytes of an IPv6 address's int, most significant first."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _zero_tail(value, width):
    """How many low bits of value are zero, at most width."""
    if not value:
        return width
    return min(width, (value & -value).bit_length() - 1)


def _version_mismatch(a, b):
    return TypeError(f'{a} and {b} are not of the same version')


def summarize_address_range(first, last):
    """The networks that together cover exactly the addresses first..last, lowest first."""
    if not isinstance(first, _BaseAddress) or not isinstance(last, _BaseAddress):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise _version_mismatch(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    make = IPv4Network if first.version == 4 else IPv6Network
    width = first._max_prefixlen
    lo, hi = first._ip, last._ip
    # each step takes the largest aligned block that starts at lo and does not pass hi
    while lo <= hi:
        block = min(_zero_tail(lo, width), (hi - lo + 1).bit_length() - 1)
        yield make((lo, width - block))
        lo += 1 << block
        if lo > make._ALL_ONES:
            return


def _merge_networks(networks):
    """Yields the fewest networks covering what networks (of one version) cover, in order."""
    # Two halves of one supernet become the supernet, repeatedly; then networks inside an earlier
    # one are dropped while walking them in order.
    by_parent = {}
    work = list(networks)
    while work:
        net = work.pop()
        parent = net.supernet()
        sibling = by_parent.setdefault(parent, net)
        if sibling is not net and sibling != net:
            del by_parent[parent]
            work.append(parent)
    reach = None
    for net in sorted(by_parent.values()):
        if reach is not None and net.broadcast_address <= reach:
            continue
        reach = net.broadcast_address
        yield net


def collapse_addresses(addresses):
    """An iterator over the collapsed networks of addresses and networks of one version.

    The input is checked and summarized at once; the merging happens as the iterator is read.
    """
    singles, blocks = [], []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            into, value = singles, item
        elif item._prefixlen == item._max_prefixlen:
            into = singles
            value = item.ip if hasattr(item, 'ip') else item.network_address
        else:
            into, value = blocks, item
        if into and into[-1]._version != item._version:
            raise _version_mismatch(item, into[-1])
        into.append(value)
    # runs of consecutive addresses become ranges, and ranges become networks
    ranges = []
    for addr in sorted(set(singles)):
        if ranges and ranges[-1][1]._ip + 1 == addr._ip:
            ranges[-1][1] = addr
        else:
            ranges.append([addr, addr])
    pieces = [net for lo, hi in ranges for net in summarize_address_range(lo, hi)]
    return _merge_networks(pieces + blocks)


def get_mixed_type_key(obj):
    """A sort key for a mix of addresses and networks (networks after their addresses)."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


def _bad_mask(spelling):
    raise NetmaskValueError(f'{spelling!r} is not a valid netmask') from None


class _IPAddressBase:
    """What addresses and networks of both versions share."""
    __slots__ = ()

    @property
    def exploded(self):
        return self._long_text()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_name()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _checked_int(self, value):
        if value < 0:
            raise AddressValueError(f'{value:d} (< 0) is not permitted as an IPv{self._version} address')
        if value > self._ALL_ONES:
            raise AddressValueError(
                f'{value:d} (>= 2**{self._max_prefixlen}) is not permitted as an IPv{self._version} address')
        return value

    def _checked_bytes(self, data):
        size = self._max_prefixlen // 8
        if len(data) != size:
            raise AddressValueError(
                f'{data!r} (len {len(data)} != {size}) is not permitted as an IPv{self._version} address')
        return int.from_bytes(data, 'big')

    @classmethod
    def _mask_int(cls, prefixlen):
        return cls._ALL_ONES - ((1 << (cls._max_prefixlen - prefixlen)) - 1)

    @classmethod
    def _prefix_of_mask(cls, value):
        """The prefix length of a netmask int; ValueError if its ones are not all at the top."""
        width = cls._max_prefixlen
        ones = width - _zero_tail(value, width)
        if value != cls._mask_int(ones):
            raise ValueError(f'Netmask pattern {value.to_bytes(width // 8, "big")!r} mixes zeroes & ones')
        return ones

    @classmethod
    def _prefix_of_digits(cls, text):
        if not (text.isascii() and text.isdigit()):
            _bad_mask(text)
        length = int(text)
        if length > cls._max_prefixlen:
            _bad_mask(text)
        return length

    @classmethod
    def _prefix_of_mask_text(cls, text):
        """A netmask or a hostmask written as an address."""
        try:
            value = cls._parse_text(text)
        except AddressValueError:
            _bad_mask(text)
        for candidate in (value, value ^ cls._ALL_ONES):
            try:
                return cls._prefix_of_mask(candidate)
            except ValueError:
                pass
        _bad_mask(text)

    @classmethod
    def _address_and_mask(cls, given):
        """The address part and the mask part of a constructor's argument."""
        if isinstance(given, (bytes, int)):
            return given, cls._max_prefixlen
        if isinstance(given, tuple):
            parts = given
        else:
            parts = str(given).split('/')
            if len(parts) > 2:
                raise AddressValueError(f"Only one '/' permitted in {given!r}")
        if len(parts) > 1:
            return parts
        return parts[0], cls._max_prefixlen

    @classmethod
    def _netmask_and_prefix(cls, mask):
        known = cls._netmask_cache.get(mask)
        if known is None:
            if isinstance(mask, int):
                if mask < 0 or mask > cls._max_prefixlen:
                    _bad_mask(mask)
                length = mask
            else:
                length = cls._prefix_of_text_mask(mask)
            known = cls._netmask_cache[mask] = (cls._address_kind(cls._mask_int(length)), length)
        return known

    def __reduce__(self):
        return type(self), (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """An address of either version: its int is _ip."""
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            same = self._ip == other._ip
            return same and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if other._version != self._version:
            raise _version_mismatch(self, other)
        return self._ip < other._ip

    def __add__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip - other)
        return NotImplemented

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return str(self._int_text(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return self._version, self

    def __reduce__(self):
        return type(self), (self._ip,)

    def __format__(self, fmt):
        """'' and s as str; [#][_](b|x|X|n) as the int's digits zero-padded to the full width."""
        if not fmt or fmt.endswith('s'):
            return format(str(self), fmt)
        rest = fmt
        alternate = rest[:1] == '#'
        if alternate:
            rest = rest[1:]
        grouping = rest[:1] == '_'
        if grouping:
            rest = rest[1:]
        if rest not in ('b', 'x', 'X', 'n'):
            return super().__format__(fmt)
        if rest == 'n':
            rest = 'x' if self._version == 6 else 'b'
        digits = self._max_prefixlen if rest == 'b' else self._max_prefixlen // 4
        width = digits + (digits // 4 - 1 if grouping else 0) + (2 if alternate else 0)
        spec = ('#' if alternate else '') + '0' + str(width) + ('_' if grouping else '') + rest
        return format(int(self), spec)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network of either version: network_address, netmask and _prefixlen."""

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self.prefixlen:d}'

    def hosts(self):
        """The usable host addresses: all but the network and broadcast addresses."""
        make = self._address_class
        for value in range(int(self.network_address) + 1, int(self.broadcast_address)):
            yield make(value)

    def __iter__(self):
        make = self._address_class
        for value in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield make(value)

    def __getitem__(self, n):
        low, high = int(self.network_address), int(self.broadcast_address)
        value = low + n if n >= 0 else high + n + 1
        if value > high or value < low:
            raise IndexError('address out of range')
        return self._address_class(value)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if other._version != self._version:
            raise _version_mismatch(self, other)
        if other.network_address == self.network_address:
            return self.netmask != other.netmask and self.netmask < other.netmask
        return self.network_address < other.network_address

    def __eq__(self, other):
        try:
            same_start = self._version == other._version and self.network_address == other.network_address
            return same_start and int(self.netmask) == int(other.netmask)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.netmask) ^ int(self.network_address))

    def __contains__(self, other):
        if other._version != self._version or isinstance(other, _BaseNetwork):
            return False
        return self.network_address._ip == other._ip & self.netmask._ip

    def overlaps(self, other):
        """Whether either network holds an end of the other."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.hostmask) | int(self.network_address))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(self._ALL_ONES ^ int(self.netmask))

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen:d}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return 1 + int(self.broadcast_address) - int(self.network_address)

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks that cover self without other, largest first."""
        if other._version != self._version:
            raise _version_mismatch(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        # Going down from self towards other one bit at a time, the half not holding other is
        # outside it: those halves are the answer.
        width = self._max_prefixlen
        target = int(other.network_address)
        for length in range(self._prefixlen + 1, other._prefixlen + 1):
            bit = 1 << (width - length)
            yield type(self)(((target & self._mask_int(length)) ^ bit, length))

    def compare_networks(self, other):
        """-1, 0 or 1 as self sorts before, with or after other (by address, then netmask)."""
        if other._version != self._version:
            raise TypeError(f'{self} and {other} are not of the same type')
        for mine, theirs in ((self.network_address, other.network_address), (self.netmask, other.netmask)):
            if mine != theirs:
                return -1 if mine < theirs else 1
        return 0

    def _get_networks_key(self):
        return self._version, self.network_address, self.netmask

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets prefixlen_diff bits longer (or of prefix new_prefix), in order."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        length = self._prefixlen + prefixlen_diff
        if length > self._max_prefixlen:
            raise ValueError(f'prefix length diff {length:d} is invalid for netblock {self}')
        size = 1 << (self._max_prefixlen - length)
        first = int(self.network_address)
        for value in range(first, int(self.broadcast_address) + 1, size):
            yield type(self)((value, length))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of prefix new_prefix) holding self."""
        if not self._prefixlen:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        length = self.prefixlen - prefixlen_diff
        if length < 0:
            raise ValueError(f'current prefixlen is {self.prefixlen:d}, '
                             f'cannot have a prefixlen_diff of {prefixlen_diff:d}')
        return type(self)((int(self.network_address) & (int(self.netmask) << prefixlen_diff), length))

    @staticmethod
    def _is_subnet_of(inner, outer):
        try:
            if inner._version != outer._version:
                raise _version_mismatch(inner, outer)
            return (outer.network_address <= inner.network_address
                    and inner.broadcast_address <= outer.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {inner} and {outer}')

    def subnet_of(self, other):
        """Whether self lies inside other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies inside self."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        low, high = self.network_address, self.broadcast_address
        return any(low in block and high in block for block in self._ranges.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')


def _network_init(self, address, strict):
    """The constructor both network classes share."""
    given, mask = self._address_and_mask(address)
    make = self._address_class
    self.network_address = make(given)
    self.netmask, self._prefixlen = self._netmask_and_prefix(mask)
    value = int(self.network_address)
    kept = value & int(self.netmask)
    if kept != value:
        if strict:
            raise ValueError(f'{self} has host bits set')
        self.network_address = make(kept)
    # the two smallest sizes have no network/broadcast pair to leave out
    if self._prefixlen == self._max_prefixlen - 1:
        self.hosts = self.__iter__
    elif self._prefixlen == self._max_prefixlen:
        self.hosts = lambda: [make(given)]


def _interface_init(self, address):
    """The constructor both interface classes share, after the address's own."""
    given, mask = self._address_and_mask(address)
    self._address_kind.__init__(self, given)
    self.network = self._network_kind((given, mask), strict=False)
    self.netmask = self.network.netmask
    self._prefixlen = self.network._prefixlen


def _interface_hostmask(self):
    return self.network.hostmask


def _interface_eq(self, other):
    same = self._address_kind.__eq__(self, other)
    if same is NotImplemented or not same:
        return same
    # an address without a network is never equal to an interface
    try:
        return self.network == other.network
    except AttributeError:
        return False


def _interface_lt(self, other):
    less = self._address_kind.__lt__(self, other)
    if less is NotImplemented:
        return less
    # a bare address sorts before every interface
    try:
        if self.network == other.network:
            return less
        return self.network < other.network
    except AttributeError:
        return False


def _interface_hash(self):
    return hash((self._ip, self._prefixlen, int(self.network.network_address)))


def _interface_ip(self):
    return self._address_kind(self._ip)


def _interface_with(self, mask):
    return f'{self._int_text(self._ip)}/{mask}'


class _BaseV4:
    """Version 4: 32 bits written as four dotted decimal octets."""
    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _long_text(self):
        return str(self)

    @classmethod
    def _prefix_of_text_mask(cls, text):
        try:
            return cls._prefix_of_digits(text)
        except NetmaskValueError:
            return cls._prefix_of_mask_text(text)

    @staticmethod
    def _octet(text):
        if not text:
            raise ValueError('Empty octet not permitted')
        if not text.isascii() or not text.isdigit():
            raise ValueError(f'Only decimal digits permitted in {text!r}')
        if len(text) > 3:
            raise ValueError(f'At most 3 characters permitted in {text!r}')
        if len(text) > 1 and text.startswith('0'):
            raise ValueError(f'Leading zeros are not permitted in {text!r}')
        value = int(text, 10)
        if value > 255:
            raise ValueError(f'Octet {value:d} (> 255) not permitted')
        return value

    @classmethod
    def _parse_text(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        pieces = text.split('.')
        if len(pieces) != 4:
            raise AddressValueError(f'Expected 4 octets in {text!r}')
        value = 0
        try:
            for piece in pieces:
                value = (value << 8) + cls._octet(piece)
        except ValueError as exc:
            raise AddressValueError(f'{exc} in {text!r}') from None
        return value

    @staticmethod
    def _int_text(value):
        return '%d.%d.%d.%d' % tuple(value.to_bytes(4, 'big'))

    def _reverse_name(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address from a str, an int or 4 packed bytes."""
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._ip = self._checked_int(address)
        elif isinstance(address, bytes):
            self._ip = self._checked_bytes(address)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._ip = self._parse_text(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in self._ranges.reserved

    @property
    @functools.lru_cache()
    def is_private(self):
        return any(self in block for block in self._ranges.private)

    @property
    @functools.lru_cache()
    def is_global(self):
        if self in self._ranges.shared:
            return False
        return not self.is_private

    @property
    def is_multicast(self):
        return self in self._ranges.multicast

    @property
    def is_unspecified(self):
        return self == self._ranges.unspecified

    @property
    def is_loopback(self):
        return self in self._ranges.loopback

    @property
    def is_link_local(self):
        return self in self._ranges.link_local


class IPv4Interface(IPv4Address):
    """An IPv4 address with the network it belongs to: 'a.b.c.d/prefix' or /netmask."""
    __init__ = _interface_init
    __eq__ = _interface_eq
    __lt__ = _interface_lt
    __hash__ = _interface_hash
    __reduce__ = _IPAddressBase.__reduce__
    hostmask = functools.cached_property(_interface_hostmask)
    ip = property(_interface_ip)
    with_prefixlen = property(lambda self: _interface_with(self, self._prefixlen))
    with_netmask = property(lambda self: _interface_with(self, self.netmask))
    with_hostmask = property(lambda self: _interface_with(self, self.hostmask))

    def __str__(self):
        return f'{self._int_text(self._ip)}/{self._prefixlen:d}'


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: an address and a prefix length, netmask or hostmask."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        _network_init(self, address, strict)

    @property
    @functools.lru_cache()
    def is_global(self):
        shared = self._ranges.shared
        inside = self.network_address in shared and self.broadcast_address in shared
        return not inside and not self.is_private


_BaseV4._address_kind = IPv4Address
IPv4Interface._address_kind = IPv4Address
IPv4Interface._network_kind = IPv4Network


class _IPv4Ranges:
    """The special-purpose blocks of version 4 (IANA's registry as 3.11.7 has it)."""
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    private = [IPv4Network(block) for block in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/29',
        '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
        '240.0.0.0/4', '255.255.255.255/32')]
    reserved = IPv4Network('240.0.0.0/4')
    unspecified = IPv4Address('0.0.0.0')


IPv4Address._ranges = IPv4Network._ranges = _IPv4Ranges


class _BaseV6:
    """Version 6: 128 bits written as colon-separated hextets, with '::' and an optional scope."""
    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _prefix_of_text_mask(cls, text):
        return cls._prefix_of_digits(text)

    @classmethod
    def _hextet(cls, text):
        if not cls._HEX_DIGITS.issuperset(text):
            raise ValueError(f'Only hex digits permitted in {text!r}')
        if len(text) > 4:
            raise ValueError(f'At most 4 characters permitted in {text!r}')
        return int(text, 16)

    @classmethod
    def _parse_text(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        fields = text.split(':')
        if len(fields) < 3:
            raise AddressValueError(f'At least 3 parts expected in {text!r}')
        if '.' in fields[-1]:
            # a dotted quad is the last two hextets
            try:
                quad = IPv4Address(fields[-1])._ip
            except AddressValueError as exc:
                raise AddressValueError(f'{exc} in {text!r}') from None
            fields[-1:] = [format(quad >> 16, 'x'), format(quad & 0xFFFF, 'x')]
        count = cls._HEXTET_COUNT
        if len(fields) > count + 1:
            raise AddressValueError(f'At most {count} colons permitted in {text!r}')
        gaps = [i for i in range(1, len(fields) - 1) if not fields[i]]
        if len(gaps) > 1:
            raise AddressValueError(f"At most one '::' permitted in {text!r}")
        leading_colon = f"Leading ':' only permitted as part of '::' in {text!r}"
        trailing_colon = f"Trailing ':' only permitted as part of '::' in {text!r}"
        if gaps:
            head, tail = fields[:gaps[0]], fields[gaps[0] + 1:]
            # '::' at either end leaves one empty field outside the gap
            if not fields[0]:
                if len(head) > 1:
                    raise AddressValueError(leading_colon)
                head = []
            if not fields[-1]:
                if len(tail) > 1:
                    raise AddressValueError(trailing_colon)
                tail = []
            if len(head) + len(tail) >= count:
                raise AddressValueError(f"Expected at most {count - 1} other parts with '::' in {text!r}")
            hidden = count - len(head) - len(tail)
        else:
            if len(fields) != count:
                raise AddressValueError(f"Exactly {count} parts expected without '::' in {text!r}")
            if not fields[0]:
                raise AddressValueError(leading_colon)
            if not fields[-1]:
                raise AddressValueError(trailing_colon)
            head, tail, hidden = fields, [], 0
        value = 0
        try:
            for field in head:
                value = (value << 16) | cls._hextet(field)
            value <<= 16 * hidden
            for field in tail:
                value = (value << 16) | cls._hextet(field)
        except ValueError as exc:
            raise AddressValueError(f'{exc} in {text!r}') from None
        return value

    @classmethod
    def _int_text(cls, value):
        if value > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        groups = [format((value >> shift) & 0xFFFF, 'x') for shift in range(112, -16, -16)]
        # the longest run of two or more zero groups (the first on a tie) becomes '::'
        run_at, run_len = 0, 1
        i = 0
        while i < 8:
            j = i
            while j < 8 and groups[j] == '0':
                j += 1
            if j - i > run_len:
                run_at, run_len = i, j - i
            i = j + 1
        if run_len < 2:
            return ':'.join(groups)
        return ':'.join(groups[:run_at]) + '::' + ':'.join(groups[run_at + run_len:])

    def _long_text(self):
        # the long form is worked out from the short text again, so a scope id is refused as there
        if isinstance(self, _BaseNetwork):
            short, suffix = str(self.network_address), f'/{self._prefixlen:d}'
        elif isinstance(self, IPv6Interface):
            short, suffix = str(self.ip), f'/{self._prefixlen:d}'
        else:
            short, suffix = str(self), ''
        value = self._parse_text(short)
        return ':'.join(format((value >> shift) & 0xFFFF, '04x') for shift in range(112, -16, -16)) + suffix

    def _reverse_name(self):
        nibbles = self.exploded.replace(':', '')
        return '.'.join(reversed(nibbles)) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(text):
        address, percent, scope = text.partition('%')
        if not percent:
            return address, None
        if not scope or '%' in scope:
            raise AddressValueError(f'Invalid IPv6 address: "{text!r}"')
        return address, scope


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address from a str (with an optional '%scope'), an int or 16 packed bytes."""
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._ip = self._checked_int(address)
        elif isinstance(address, bytes):
            self._ip = self._checked_bytes(address)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            text, self._scope_id = self._split_scope_id(text)
            self._ip = self._parse_text(text)

    def __str__(self):
        text = self._int_text(self._ip)
        if self._scope_id:
            return f'{text}%{self._scope_id}'
        return text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return getattr(other, '_scope_id', None) == self._scope_id

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in self._ranges.multicast

    @property
    def is_reserved(self):
        return any(self in block for block in self._ranges.reserved_blocks)

    @property
    def is_link_local(self):
        return self in self._ranges.link_local

    @property
    def is_site_local(self):
        return self in self._ranges.site_local

    @property
    @functools.lru_cache()
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is None:
            return any(self in block for block in self._ranges.private)
        return mapped.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return not self._ip

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of ::ffff:a.b.c.d, else None."""
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) of a 2001::/32 Teredo address, else None."""
        if self._ip >> 96 == 0x20010000:
            return IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(self._ip & 0xFFFFFFFF ^ 0xFFFFFFFF)
        return None

    @property
    def sixtofour(self):
        """The IPv4 address inside a 2002::/16 6to4 address, else None."""
        if self._ip >> 112 == 0x2002:
            return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)
        return None


class IPv6Interface(IPv6Address):
    """An IPv6 address with the network it belongs to: 'address/prefix'."""
    __init__ = _interface_init
    __eq__ = _interface_eq
    __lt__ = _interface_lt
    __hash__ = _interface_hash
    __reduce__ = _IPAddressBase.__reduce__
    hostmask = functools.cached_property(_interface_hostmask)
    ip = property(_interface_ip)
    with_prefixlen = property(lambda self: _interface_with(self, self._prefixlen))
    with_netmask = property(lambda self: _interface_with(self, self.netmask))
    with_hostmask = property(lambda self: _interface_with(self, self.hostmask))

    def __str__(self):
        return f'{IPv6Address.__str__(self)}/{self._prefixlen:d}'

    @property
    def is_unspecified(self):
        return not self._ip and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: an address and a prefix length."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        _network_init(self, address, strict)

    def hosts(self):
        """Every address but the first (the Subnet-Router anycast address)."""
        make = self._address_class
        for value in range(int(self.network_address) + 1, int(self.broadcast_address) + 1):
            yield make(value)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


_BaseV6._address_kind = IPv6Address
IPv6Interface._address_kind = IPv6Address
IPv6Interface._network_kind = IPv6Network


class _IPv6Ranges:
    """The special-purpose blocks of version 6 (IANA's registry as 3.11.7 has it)."""
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    private = [IPv6Network(block) for block in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48', '2001:db8::/32',
        '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved_blocks = [IPv6Network(f'{start}::/{length}') for start, length in (
        ('', 8), ('100', 8), ('200', 7), ('400', 6), ('800', 5), ('1000', 4), ('4000', 3), ('6000', 3),
        ('8000', 3), ('A000', 3), ('C000', 3), ('E000', 4), ('F000', 5), ('F800', 6), ('FE00', 9))]
    site_local = IPv6Network('fec0::/10')


IPv6Address._ranges = IPv6Network._ranges = _IPv6Ranges
