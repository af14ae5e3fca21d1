"""UUID objects (RFC 4122): the UUID class (from hex, bytes, bytes_le, fields or int, with a
version; its fields, time, clock_seq, node, hex, urn, variant, version, reprs, ordering,
immutability and pickling), uuid3 and uuid5 (MD5 and SHA-1 of a namespace and a name), uuid4
(random), uuid1 (time-based, with getnode's hardware address), the NAMESPACE_* constants, the
variant names and SafeUUID.

getnode is the 48-bit hardware address of the first network interface the machine routes IPv4
through, as the C library's uuid_generate_time finds it (an interface holding an address, not
the loopback), else of any other interface, else a random number with the multicast bit set, as
RFC 4122 says; it is found once. uuid1 counts 100-ns intervals since 1582-10-15, one more than the
last when the clock has not moved, with a random 14-bit clock sequence; its is_safe is
SafeUUID.unsafe, as CPython's over libuuid says when no uuidd daemon hands out the times.

Left out: the command line."""

import os
from enum import Enum

__all__ = ['UUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'SafeUUID', 'NAMESPACE_DNS', 'NAMESPACE_URL',
           'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT',
           'RESERVED_FUTURE']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# the widths of the six fields and the words their range errors use
_FIELD_BITS = ((32, 'a 32-bit'), (16, 'a 16-bit'), (16, 'a 16-bit'), (8, 'an 8-bit'),
               (8, 'an 8-bit'), (48, 'a 48-bit'))


class UUID:
    """A UUID: a 128-bit int (the attribute int) shown as 32 hex digits in 8-4-4-4-12 groups."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            hex = hex.replace('urn:', '').replace('uuid:', '')
            hex = hex.strip('{}').replace('-', '')
            if len(hex) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            # the first three fields little-endian
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1] + bytes_le[8 - 1:6 - 1:-1]
                     + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, byteorder='big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            for n, (value, (bits, words)) in enumerate(zip(fields, _FIELD_BITS), 1):
                if not 0 <= value < 1 << bits:
                    raise ValueError('field %d out of range (need %s value)' % (n, words))
            time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = fields
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (clock_seq << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # the RFC 4122 variant, then the version number
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        digits = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (digits[:8], digits[8:12], digits[12:16], digits[16:20],
                                   digits[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[4 - 1::-1] + b[6 - 1:4 - 1:-1] + b[8 - 1:6 - 1:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)
        return None


_node = None
_last_timestamp = None


def _interface_address(name):
    """The hardware address of a network interface as an int, or None (none, or all zeros)."""
    try:
        with open(f'/sys/class/net/{name}/address') as f:
            text = f.read().strip()
    except OSError:
        return None
    try:
        value = int(text.replace(':', ''), 16)
    except ValueError:
        return None
    return value if value and len(text) == 17 else None


def _routed_interfaces():
    """The interfaces named in the IPv4 routing table, in its order."""
    names = []
    try:
        with open('/proc/net/route') as f:
            next(f, None)
            for line in f:
                name = line.split('\t', 1)[0].strip()
                if name and name not in names:
                    names.append(name)
    except OSError:
        pass
    return names


def getnode():
    """The 48-bit hardware address of this machine as an int (random, with the multicast bit,
    when no interface has one)."""
    global _node
    if _node is not None:
        return _node
    try:
        others = sorted(os.listdir('/sys/class/net'))
    except OSError:
        others = []
    for name in _routed_interfaces() + others:
        if name == 'lo':
            continue
        value = _interface_address(name)
        if value is not None:
            _node = value
            return _node
    _node = int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and a node (getnode() unless given)."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    # 0x01b21dd213814000: the 100-ns intervals between 1582-10-15 and 1970-01-01
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    given = node is not None or clock_seq is not None
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    clock_seq_low = clock_seq & 0xff
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3f
    return UUID(fields=(time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node),
                version=1, is_safe=SafeUUID.unknown if given else SafeUUID.unsafe)


def uuid3(namespace, name):
    """The UUID of the MD5 hash of a namespace UUID and a name (a str)."""
    from hashlib import md5
    digest = md5(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The UUID of the SHA-1 hash of a namespace UUID and a name (a str)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
