"""IPv4 and IPv6 addresses, networks and interfaces, as CPython 3.11's ipaddress module.

An address is an int of 32 or 128 bits with a version's rules for text (dotted quads; hextets with
'::' for the longest run of zero hextets and an optional '%scope'); a network is a network address
and a prefix length (host bits must be clear unless strict=False); an interface is an address that
also carries the network it sits in. Parsing errors are AddressValueError and NetmaskValueError
(both ValueError) with CPython's messages; the special ranges (private, reserved, multicast...) are
those of 3.11.7.
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


def _first_of(kinds, address, what, *args):
    for kind in kinds:
        try:
            return kind(address, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a str, an int or packed bytes."""
    return _first_of((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network."""
    return _first_of((IPv4Network, IPv6Network), address, 'network', strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    return _first_of((IPv4Interface, IPv6Interface), address, 'interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def _split_optional_netmask(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    """The networks that together cover exactly the addresses first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError('%s and %s are not of the same version' % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    network = IPv4Network if first.version == 4 else IPv6Network
    bits = first._max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size = min(_trailing_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield network((lo, bits - size))
        lo += 1 << size
        if lo - 1 == first._ALL_ONES:
            break


def _collapse_sorted(networks):
    """Merges networks (sorted, one version) into the fewest that cover the same addresses."""
    out = []
    for net in networks:
        out.append(net)
        while len(out) > 1:
            a, b = out[-2], out[-1]
            if b.broadcast_address._ip <= a.broadcast_address._ip:
                out.pop()  # b inside a
            elif a.prefixlen == b.prefixlen and a.prefixlen > 0 and a.supernet() == b.supernet() and a != b:
                out[-2:] = [a.supernet()]
            else:
                break
    return out


def collapse_addresses(addresses):
    """An iterator over the collapsed networks of addresses and networks of one version."""
    addrs, nets = [], []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if addrs and addrs[-1]._version != ip._version:
                raise TypeError('%s and %s are not of the same version' % (ip, addrs[-1]))
            addrs.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if addrs and addrs[-1]._version != ip._version:
                raise TypeError('%s and %s are not of the same version' % (ip, addrs[-1]))
            try:
                addrs.append(ip.ip)
            except AttributeError:
                addrs.append(ip.network_address)
        else:
            if nets and nets[-1]._version != ip._version:
                raise TypeError('%s and %s are not of the same version' % (ip, nets[-1]))
            nets.append(ip)
    addrs = sorted(set(addrs))
    # runs of consecutive addresses become ranges
    if addrs:
        start = prev = addrs[0]
        for a in addrs[1:] + [None]:
            if a is not None and a._ip == prev._ip + 1:
                prev = a
                continue
            nets.extend(summarize_address_range(start, prev))
            if a is not None:
                start = prev = a
    if nets and len({n._version for n in nets}) > 1:
        raise TypeError('%s and %s are not of the same version' % (nets[0], nets[-1]))
    nets = sorted(set(nets), key=lambda n: (n.network_address, n.netmask))
    return iter(_collapse_sorted(nets))


def get_mixed_type_key(obj):
    """A sort key for a mix of addresses and networks."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError('%d (< 0) is not permitted as an IPv%d address' % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected):
        if len(address) != expected:
            raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                    % (address, len(address), expected, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _bad_netmask(cls, text):
        raise NetmaskValueError('%r is not a valid netmask' % text) from None

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._bad_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._bad_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, text):
        try:
            ip_int = cls._ip_int_from_string(text)
        except AddressValueError:
            cls._bad_netmask(text)
        for candidate in (ip_int, ip_int ^ cls._ALL_ONES):  # a netmask, else a hostmask
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._bad_netmask(text)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """s and '' as str; b, n, x, X (with # and _ ) as the binary or hex digits, zero-padded."""
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        prefix = fmt.startswith('#')
        rest = fmt[1:] if prefix else fmt
        grouping = ''
        if rest[:1] in ('_',):
            grouping, rest = rest[0], rest[1:]
        kind = rest
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        if kind not in ('b', 'x', 'X') or len(rest) != 1:
            return super().__format__(fmt)
        width = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if prefix:
            width += 2
        return format(self._ip, ('#' if prefix else '') + '0' + str(width) + grouping + kind)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    __slots__ = ()

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast):
            yield self._address_class(x)

    def __iter__(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network, broadcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return self.network_address in other or (
            self.broadcast_address in other or (other.network_address in self or other.broadcast_address in self))

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        if not self._version == other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            else:
                yield s1
                s1, s2 = s2.subnets()
        yield s2 if s1 == other else s1

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        for mine, theirs in ((self.network_address, other.network_address), (self.netmask, other.netmask)):
            if mine < theirs:
                return -1
            if mine > theirs:
                return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
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
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for new_addr in range(start, end, step):
            yield self.__class__((new_addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff), new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f'{a} and {b} are not of the same version')
            return (b.network_address <= a.network_address and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment between {a} and {b}')

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    def _within_all(self, test):
        return test(self.network_address) and test(self.broadcast_address)

    @property
    def is_reserved(self):
        return self._within_all(lambda a: a.is_reserved)

    @property
    def is_link_local(self):
        return self._within_all(lambda a: a.is_link_local)

    @property
    def is_private(self):
        return any(self.network_address in net and self.broadcast_address in net
                   for net in self._constants._private_networks)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._within_all(lambda a: a.is_unspecified)

    @property
    def is_loopback(self):
        return self._within_all(lambda a: a.is_loopback)

    @property
    def is_multicast(self):
        return self._within_all(lambda a: a.is_multicast)


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._bad_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            cls._netmask_cache[arg] = IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError('Expected 4 octets in %r' % ip_str)
        try:
            value = 0
            for octet in octets:
                value = value << 8 | cls._parse_octet(octet)
            return value
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @classmethod
    def _parse_octet(cls, text):
        if not text:
            raise ValueError('Empty octet not permitted')
        if not (text.isascii() and text.isdigit()):
            raise ValueError('Only decimal digits permitted in %r' % text)
        if len(text) > 3:
            raise ValueError('At most 3 characters permitted in %r' % text)
        if text != '0' and text[0] == '0':
            raise ValueError('Leading zeros are not permitted in %r' % text)
        value = int(text, 10)
        if value > 255:
            raise ValueError('Octet %d (> 255) not permitted' % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address."""
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        address = str(address)
        if '/' in address:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(address)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in self._constants._reserved_network

    @property
    @functools.lru_cache()
    def is_private(self):
        return any(self in net for net in self._constants._private_networks)

    @property
    @functools.lru_cache()
    def is_global(self):
        return self not in self._constants._public_network and not self.is_private

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_unspecified(self):
        return self == self._constants._unspecified_address

    @property
    def is_loopback(self):
        return self in self._constants._loopback_network

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network


class IPv4Interface(IPv4Address):
    """An IPv4 address with the network it belongs to."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        address_equal = IPv4Address.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        address_less = IPv4Address.__lt__(self, other)
        if address_less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or self.network == other.network and address_less
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: a network address and a prefix length."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv4Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    @functools.lru_cache()
    def is_global(self):
        return (not (self.network_address in IPv4Network('100.64.0.0/10')
                     and self.broadcast_address in IPv4Network('100.64.0.0/10')) and not self.is_private)


class _IPv4Constants:
    _linklocal_network = IPv4Network('169.254.0.0/16')
    _loopback_network = IPv4Network('127.0.0.0/8')
    _multicast_network = IPv4Network('224.0.0.0/4')
    _public_network = IPv4Network('100.64.0.0/10')
    _private_networks = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/29',
        '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
        '240.0.0.0/4', '255.255.255.255/32')]
    _reserved_network = IPv4Network('240.0.0.0/4')
    _unspecified_address = IPv4Address('0.0.0.0')


IPv4Address._constants = _IPv4Constants
IPv4Network._constants = _IPv4Constants


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._bad_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            cls._netmask_cache[arg] = IPv6Address(cls._ip_int_from_prefix(prefixlen)), prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError('At least %d parts expected in %r' % (3, ip_str))
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError('%s in %r' % (exc, ip_str)) from None
            parts.append('%x' % (v4 >> 16 & 0xFFFF))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError('At most %d colons permitted in %r' % (cls._HEXTET_COUNT, ip_str))
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                skip = i
        if skip is not None:
            hi, lo = skip, len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            skipped = cls._HEXTET_COUNT - (hi + lo)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r" % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            hi, lo, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(hi):
                value = value << 16 | cls._parse_hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-lo, 0):
                value = value << 16 | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @classmethod
    def _parse_hextet(cls, text):
        if not cls._HEX_DIGITS.issuperset(text):
            raise ValueError('Only hex digits permitted in %r' % text)
        if len(text) > 4:
            raise ValueError('At most 4 characters permitted in %r' % text)
        return int(text, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        """Replaces the longest run (the first of equals) of two or more '0' hextets by ''."""
        best_start, best_len = -1, 0
        start, length = -1, 0
        for i, h in enumerate(hextets):
            if h == '0':
                if length == 0:
                    start = i
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                length = 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets = hextets + ['']
            hextets = hextets[:best_start] + [''] + hextets[end:]
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % (ip_int >> shift & 0xFFFF) for shift in range(112, -1, -16)]
        return ':'.join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            ip_str = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            ip_str = str(self.ip)
        else:
            ip_str = str(self)
        ip_int = self._ip_int_from_string(ip_str)
        parts = ['%04x' % (ip_int >> shift & 0xFFFF) for shift in range(112, -1, -16)]
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (':'.join(parts), self._prefixlen)
        return ':'.join(parts)

    def _reverse_pointer(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address, with an optional scope id."""
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        address = str(address)
        if '/' in address:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        address, self._scope_id = self._split_scope_id(address)
        self._ip = self._ip_int_from_string(address)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        address_equal = super().__eq__(other)
        if address_equal is NotImplemented:
            return NotImplemented
        if not address_equal:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_reserved(self):
        return any(self in x for x in self._constants._reserved_networks)

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network

    @property
    def is_site_local(self):
        return self in self._constants._sitelocal_network

    @property
    @functools.lru_cache()
    def is_private(self):
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is not None:
            return ipv4_mapped.is_private
        return any(self in net for net in self._constants._private_networks)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return IPv4Address(self._ip >> 64 & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address(self._ip >> 80 & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    """An IPv6 address with the network it belongs to."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        address_equal = IPv6Address.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        address_less = IPv6Address.__lt__(self, other)
        if address_less is NotImplemented:
            return address_less
        try:
            return self.network < other.network or self.network == other.network and address_less
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a network address and a prefix length."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        # the Subnet-Router anycast address (the network address) is not a host
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class _IPv6Constants:
    _linklocal_network = IPv6Network('fe80::/10')
    _multicast_network = IPv6Network('ff00::/8')
    _private_networks = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48', '2001:db8::/32',
        '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    _reserved_networks = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3', '8000::/3',
        'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    _sitelocal_network = IPv6Network('fec0::/10')


IPv6Address._constants = _IPv6Constants
IPv6Network._constants = _IPv6Constants
