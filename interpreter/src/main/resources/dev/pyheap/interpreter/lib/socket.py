"""Network sockets: TCP and UDP over IPv4 and IPv6, and Unix stream sockets.

The socket objects live here; the kernel's descriptors behind them, the system calls and the
waiting are the interpreter's engine (_pyheap_socket, through the C library). A socket's timeout is kept here and handed to each call
that may wait: None waits for ever, 0.0 never waits, a positive number waits that long and then
raises TimeoutError (socket.timeout). Addresses are parsed and formatted here: the engine sees
packed IP addresses and ports, or a Unix path (bytes for an abstract name).
"""

import _pyheap_socket as _engine
import os
import sys
from enum import IntEnum, IntFlag

__all__ = ["socket", "socketpair", "create_connection", "create_server", "has_dualstack_ipv6",
           "getaddrinfo", "gethostbyaddr", "gethostbyname_ex", "gethostname", "getfqdn", "inet_aton", "inet_ntoa", "inet_pton", "inet_ntop",
           "htons", "htonl", "ntohs", "ntohl", "getdefaulttimeout", "setdefaulttimeout", "error",
           "herror", "gaierror", "timeout", "SocketIO", "AddressFamily", "SocketKind"]


class AddressFamily(IntEnum):
    """Address families (AF_*)."""
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    """Socket types (SOCK_*)."""
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


class MsgFlag(IntFlag):
    MSG_OOB = 1
    MSG_PEEK = 2
    MSG_DONTROUTE = 4
    MSG_CTRUNC = 8
    MSG_TRUNC = 32
    MSG_DONTWAIT = 64
    MSG_EOR = 128
    MSG_WAITALL = 256
    MSG_NOSIGNAL = 16384


class AddressInfo(IntFlag):
    AI_PASSIVE = 1
    AI_CANONNAME = 2
    AI_NUMERICHOST = 4
    AI_V4MAPPED = 8
    AI_ALL = 16
    AI_ADDRCONFIG = 32
    AI_NUMERICSERV = 1024


for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum

AF_UNIX, AF_INET, AF_INET6 = AddressFamily.AF_UNIX, AddressFamily.AF_INET, AddressFamily.AF_INET6
SOCK_STREAM, SOCK_DGRAM = SocketKind.SOCK_STREAM, SocketKind.SOCK_DGRAM

SOL_SOCKET = 1
SO_DEBUG, SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_DONTROUTE, SO_BROADCAST = 1, 2, 3, 4, 5, 6
SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE, SO_OOBINLINE, SO_LINGER, SO_REUSEPORT = 7, 8, 9, 10, 13, 15
SO_RCVLOWAT, SO_SNDLOWAT, SO_RCVTIMEO, SO_SNDTIMEO, SO_ACCEPTCONN = 18, 19, 20, 21, 30
IPPROTO_IP, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6, IPPROTO_RAW = 0, 1, 6, 17, 41, 255
SOL_IP, SOL_TCP, SOL_UDP = 0, 6, 17
TCP_NODELAY, TCP_MAXSEG, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT = 1, 2, 4, 5, 6
IP_TOS, IP_TTL, IPV6_V6ONLY = 1, 2, 26
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
SOMAXCONN = 4096
INADDR_ANY, INADDR_BROADCAST, INADDR_LOOPBACK, INADDR_NONE = 0, 0xffffffff, 0x7f000001, 0xffffffff
NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM = 1, 2, 4, 8, 16
EAI_AGAIN, EAI_BADFLAGS, EAI_FAIL, EAI_FAMILY, EAI_MEMORY = -3, -1, -4, -6, -10
EAI_NONAME, EAI_SERVICE, EAI_SOCKTYPE, EAI_SYSTEM = -2, -8, -7, -11
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = "socket"

_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def _timeout_value(value):
    if value is None:
        return None
    if isinstance(value, float):
        seconds = value
    elif isinstance(value, int):
        seconds = float(value)
    else:
        seconds = float(_index(value))
    if seconds != seconds:
        raise ValueError("Invalid value NaN (not a number)")
    if seconds < 0:
        raise ValueError("Timeout value out of range")
    return seconds


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


# --- byte order -------------------------------------------------------------------------------

def _swap(value, width):
    return int.from_bytes(value.to_bytes(width, "big"), "little")


def _short(name, x):
    x = _index(x)
    if x < 0:
        raise OverflowError(f"{name}: can't convert negative Python int to C 16-bit unsigned integer")
    if x > 0xffff:
        if x > 0x7fffffffffffffff:
            raise OverflowError("Python int too large to convert to C long")
        if x > 0x7fffffff:
            raise OverflowError("signed integer is greater than maximum")
        raise OverflowError(f"{name}: Python int too large to convert to C 16-bit unsigned integer")
    return _swap(x, 2)


def _long(x):
    if not isinstance(x, int):
        raise TypeError(f"expected int, {type(x).__name__} found")
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xffffffffffffffff:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if x > 0xffffffff:
        raise OverflowError("int larger than 32 bits")
    return _swap(x, 4)


def htons(x, /):
    return _short("htons", x)


def ntohs(x, /):
    return _short("ntohs", x)


def htonl(x, /):
    return _long(x)


def ntohl(x, /):
    return _long(x)


# --- text and packed addresses ----------------------------------------------------------------

def _packed(data, kind="bytes-like object"):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _legacy_number(text):
    """One part of an inet_aton address: decimal, octal (leading 0) or hex (0x), as strtoul reads it."""
    if text[:2] in ("0x", "0X"):
        digits, base = text[2:], 16
    elif text[:1] == "0" and len(text) > 1:
        digits, base = text[1:], 8
    else:
        digits, base = text, 10
    allowed = "0123456789abcdefABCDEF"[:base + (6 if base == 16 else 0)]
    if not digits or any(ch not in allowed for ch in digits):
        return None
    return int(digits, base)


def inet_aton(ip_string, /):
    if not isinstance(ip_string, str):
        raise TypeError(f"inet_aton() argument 1 must be str, not {type(ip_string).__name__}")
    fail = OSError("illegal IP address string passed to inet_aton")
    text = ip_string
    # glibc stops at the first white space and ignores the rest
    for i, ch in enumerate(text):
        if ch in " \t\n\v\f\r":
            text = text[:i]
            break
    parts = text.split(".")
    if not text or len(parts) > 4 or "\x00" in text:
        raise fail
    numbers = [_legacy_number(p) for p in parts]
    if any(n is None for n in numbers):
        raise fail
    head, last = numbers[:-1], numbers[-1]
    if any(n > 255 for n in head) or last >= 1 << (8 * (4 - len(head))):
        raise fail
    value = 0
    for n in head:
        value = value << 8 | n
    value = value << (8 * (4 - len(head))) | last
    return value.to_bytes(4, "big")


def inet_ntoa(packed_ip, /):
    data = _packed(packed_ip)
    if len(data) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in data)


def _parse_v4(text):
    parts = text.split(".")
    if len(parts) != 4:
        return None
    out = []
    for p in parts:
        if not p or len(p) > 3 or not all("0" <= ch <= "9" for ch in p) or (len(p) > 1 and p[0] == "0"):
            return None
        n = int(p)
        if n > 255:
            return None
        out.append(n)
    return bytes(out)


def _parse_v6(text):
    if text.count("::") > 1:
        return None
    tail = b""
    if "." in text:
        cut = text.rfind(":")
        tail = _parse_v4(text[cut + 1:])
        if tail is None or cut < 0:
            return None
        text = text[:cut + 1] + ("" if text[cut - 1:cut + 1] == "::" else "0")
        if text.endswith(":0"):
            text = text[:-2]
            if text.endswith(":"):
                text = text + ":"
    room = 8 - len(tail) // 2

    def groups(chunk):
        if not chunk:
            return []
        out = []
        for g in chunk.split(":"):
            if not g or len(g) > 4 or any(ch not in "0123456789abcdefABCDEF" for ch in g):
                return None
            out.append(int(g, 16))
        return out

    if "::" in text:
        left, right = text.split("::")
        a, b = groups(left), groups(right)
        if a is None or b is None or len(a) + len(b) > room - 1:
            return None
        words = a + [0] * (room - len(a) - len(b)) + b
    else:
        words = groups(text)
        if words is None or len(words) != room:
            return None
    return b"".join(w.to_bytes(2, "big") for w in words) + tail


def inet_pton(address_family, ip_string, /):
    if not isinstance(ip_string, str):
        raise TypeError(f"inet_pton() argument 2 must be str, not {type(ip_string).__name__}")
    if address_family == AF_INET:
        packed = _parse_v4(ip_string)
    elif address_family == AF_INET6:
        packed = _parse_v6(ip_string)
    else:
        raise OSError(97, "Address family not supported by protocol")
    if packed is None:
        raise OSError("illegal IP address string passed to inet_pton")
    return packed


def _format_v6(data):
    words = [int.from_bytes(data[i:i + 2], "big") for i in range(0, 16, 2)]
    best_at, best_len, at = -1, 0, 0
    while at < 8:
        if words[at] == 0:
            end = at
            while end < 8 and words[end] == 0:
                end += 1
            if end - at > best_len:
                best_at, best_len = at, end - at
            at = end
        else:
            at += 1
    if best_len < 2:
        best_at = -1
    if best_at == 0 and (best_len == 6 or (best_len == 5 and words[5] == 0xffff)):
        return ("::" if best_len == 6 else "::ffff:") + ".".join(str(b) for b in data[12:])
    if best_at < 0:
        return ":".join(format(w, "x") for w in words)
    left = ":".join(format(w, "x") for w in words[:best_at])
    right = ":".join(format(w, "x") for w in words[best_at + best_len:])
    return left + "::" + right


def inet_ntop(address_family, packed_ip, /):
    data = _packed(packed_ip)
    if address_family == AF_INET:
        if len(data) != 4:
            raise ValueError("invalid length of packed IP address string")
        return ".".join(str(b) for b in data)
    if address_family == AF_INET6:
        if len(data) != 16:
            raise ValueError("invalid length of packed IP address string")
        return _format_v6(data)
    raise ValueError(f"unknown address family {address_family}")


# --- names ------------------------------------------------------------------------------------

def gethostname():
    return _engine.hostname()


def getfqdn(name=""):
    """The fully qualified name of a host (this one by default): the first of
    its names from the resolver that has a dot, else its primary name."""
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        hostname, aliases, _ = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if "." in candidate:
            return candidate
    return hostname


_service_table = None


def _services():
    """/etc/services as {(name, protocol): port}, names and aliases both, read once."""
    global _service_table
    if _service_table is None:
        table = {}
        try:
            with open("/etc/services", encoding="utf-8", errors="replace") as f:
                for line in f:
                    fields = line.split("#", 1)[0].split()
                    if len(fields) < 2 or "/" not in fields[1]:
                        continue
                    number, protocol = fields[1].split("/", 1)
                    if number.isdigit():
                        for name in [fields[0]] + fields[2:]:
                            table.setdefault((name, protocol), int(number))
        except OSError:
            pass
        _service_table = table
    return _service_table


def getservbyname(servicename, protocolname=None, /):
    table = _services()
    for protocol in ([protocolname] if protocolname else ["tcp", "udp"]):
        if (servicename, protocol) in table:
            return table[servicename, protocol]
    raise OSError("service/proto not found")


def _index(x):
    if isinstance(x, int):
        return x
    try:
        method = type(x).__index__
    except AttributeError:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer") from None
    return method(x)


def _idna(host):
    """A str host name as the resolver takes it: through the idna codec, whose errors (an empty
    or too long label) are the caller's, as CPython's "et" conversion with "idna" does."""
    return host.encode("idna").decode("ascii") if isinstance(host, str) else host


def _host_addresses(host, family, who):
    """The packed addresses a host name stands for, IPv4 ones as 4 bytes, IPv6 ones as 16."""
    for fam in (AF_INET, AF_INET6):
        if family in (AF_UNSPEC, fam):
            packed = (_parse_v4 if fam == AF_INET else _parse_v6)(host)
            if packed is not None:
                return [packed]
    if family != AF_UNSPEC and ((_parse_v4(host) is not None) or (_parse_v6(host) is not None)):
        raise gaierror(-9, "Address family for hostname not supported")
    found = _engine.resolve(host) if host and "\x00" not in host else None
    if not found:
        raise gaierror(EAI_NONAME, "Name or service not known")
    wanted = [a for a in found if family == AF_UNSPEC or len(a) == (4 if family == AF_INET else 16)]
    if not wanted:
        raise gaierror(EAI_NONAME if family == AF_INET else -5,
                       "Name or service not known" if family == AF_INET else "No address associated with hostname")
    return wanted


_PROTOCOLS = {SOCK_STREAM: ("tcp", 6), SOCK_DGRAM: ("udp", 17)}


def _kinds(port, socktype, proto):
    """[(socket type, protocol number, port)] for a service, as glibc pairs them."""
    kinds = [socktype] if socktype else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]
    if proto and not socktype:
        kinds = [k for k in kinds if _PROTOCOLS.get(k, ("", 0))[1] == proto] or [SOCK_RAW]
    if port is None:
        number = 0
    elif isinstance(port, int):
        number = port & 0xffff
    elif isinstance(port, (str, bytes)):
        text = port.decode() if isinstance(port, bytes) else port
        if text.isdigit() and text.isascii():
            number = int(text) & 0xffff
        else:
            table = _services()
            named = [(k, table[text, _PROTOCOLS[k][0]]) for k in kinds
                     if k in _PROTOCOLS and (text, _PROTOCOLS[k][0]) in table]
            if not named:
                raise gaierror(EAI_SERVICE, "Servname not supported for ai_socktype")
            return [(k, proto or _PROTOCOLS[k][1], n) for k, n in named]
    else:
        raise OSError("Int or String expected")
    return [(k, proto or _PROTOCOLS.get(k, ("", 0))[1], number) for k in kinds]


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if isinstance(host, bytes):
        host = host.decode("ascii")
    elif isinstance(host, str):
        host = _idna(host)
    elif host is not None:
        raise TypeError("getaddrinfo() argument 1 must be string or None")
    if family not in (AF_UNSPEC, AF_INET, AF_INET6):
        raise gaierror(EAI_FAMILY, "ai_family not supported")
    if type not in (0, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW):
        raise gaierror(EAI_SOCKTYPE, "ai_socktype not supported")
    if host is None and port is None:
        raise gaierror(EAI_NONAME, "Name or service not known")
    kinds = _kinds(port, type, proto)
    if host is None:
        if flags & AI_PASSIVE:
            addresses = [bytes(4), bytes(16)]
        else:
            addresses = [bytes(15) + b"\x01", b"\x7f\x00\x00\x01"]
        addresses = [a for a in addresses if family == AF_UNSPEC or len(a) == (4 if family == AF_INET else 16)]
    else:
        addresses = _host_addresses(host, family, "getaddrinfo")
    result = []
    for packed in addresses:
        fam = AF_INET if len(packed) == 4 else AF_INET6
        for kind, pr, number in kinds:
            result.append((fam, SocketKind(kind), pr, "", _address_out(fam, (packed, number, 0))))
    return result


def gethostbyname(hostname, /):
    return inet_ntoa(_host_addresses(_idna(hostname), AF_INET, "gethostbyname")[0])


def gethostbyaddr(ip_address, /):
    """(name, aliases, addresses) of a host given by address or by name; herror when the
    resolver has no name for it (the resolver here knows no aliases)."""
    packed = _host_addresses(ip_address, AF_UNSPEC, "gethostbyaddr")[0]
    name = _engine.reverse(packed)
    if name is None:
        raise herror(1, "Unknown host")
    return name, [], [inet_ntoa(packed) if len(packed) == 4 else inet_ntop(AF_INET6, packed)]


def gethostbyname_ex(hostname, /):
    """(name, aliases, IPv4 addresses) of a host; the resolver here knows no aliases."""
    addresses = _host_addresses(_idna(hostname), AF_INET, "gethostbyname_ex")
    return hostname, [], [inet_ntoa(packed) for packed in addresses]


# --- addresses between Python and the engine --------------------------------------------------

def _address_in(family, address, call):
    """A program's address as the engine takes it: a Unix path (str), or (packed ip, port, scope id)."""
    if family == AF_UNIX:
        if isinstance(address, (bytes, bytearray)):
            return os.fsdecode(bytes(address))
        if isinstance(address, str):
            return address
        raise TypeError(f"a bytes-like object is required, not '{type(address).__name__}'")
    name = "AF_INET" if family == AF_INET else "AF_INET6"
    if not isinstance(address, tuple):
        raise TypeError(f"{call}(): {name} address must be tuple, not {type(address).__name__}")
    if family == AF_INET and len(address) != 2:
        raise TypeError(f"AF_INET address must be a pair (host, port)")
    if family == AF_INET6 and not 2 <= len(address) <= 4:
        raise TypeError(f"AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
    host, port = address[0], address[1]
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("idna")
    elif not isinstance(host, str):
        raise TypeError(f"str, bytes or bytearray expected, not {type(host).__name__}")
    elif not host.isascii():
        host = _idna(host)
    if not isinstance(port, int):
        raise TypeError(f"'{type(port).__name__}' object cannot be interpreted as an integer")
    if not 0 <= port <= 0xffff:
        raise OverflowError(f"{call}(): port must be 0-65535.")
    scope = address[3] if len(address) > 3 else 0
    if host == "":
        packed = bytes(4 if family == AF_INET else 16)
    elif host == "<broadcast>" and family == AF_INET:
        packed = b"\xff\xff\xff\xff"
    else:
        found = _host_addresses(host, family, call)
        packed = found[0]
    return (packed, port, scope)


def _address_out(family, raw):
    if raw is None:
        return {AF_INET: ("0.0.0.0", 0), AF_INET6: ("::", 0, 0, 0)}.get(family, "")
    if isinstance(raw, (str, bytes)):
        return raw
    packed, port, scope = raw
    if family == AF_INET6 or len(packed) == 16:
        return (_format_v6(packed), port, 0, scope)
    return (inet_ntoa(packed), port)


def _data(value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")


def _enum_or_int(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


_GLOBAL_DEFAULT_TIMEOUT = object()


class socket:
    """A socket: socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)."""

    __slots__ = ("__weakref__", "_fd", "_family", "_type", "_proto", "_timeout", "_io_refs", "_closed")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            # a descriptor of the caller's: the kernel says what it is, as CPython asks it
            fileno = _index(fileno)
            if family == -1:
                family = _engine.getopt(fileno, SOL_SOCKET, 39, -1)
            if type == -1:
                type = _engine.getopt(fileno, SOL_SOCKET, SO_TYPE, -1)
            if proto == -1:
                proto = _engine.getopt(fileno, SOL_SOCKET, 38, -1)
        family = AF_INET if family == -1 else family
        type = SOCK_STREAM if type == -1 else type
        proto = 0 if proto == -1 else proto
        kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        if family not in (AF_INET, AF_INET6, AF_UNIX):
            raise OSError(97, "Address family not supported by protocol")
        if kind not in (SOCK_STREAM, SOCK_DGRAM):
            raise OSError(94, "Socket type not supported")
        self._family, self._type, self._proto = family, kind, proto
        self._io_refs = 0
        self._closed = False
        self._fd = _engine.open(family, kind, proto) if fileno is None else fileno
        self._timeout = 0.0 if type & SOCK_NONBLOCK else _default_timeout

    family = property(lambda self: _enum_or_int(self._family, AddressFamily), doc="the socket family")
    type = property(lambda self: _enum_or_int(self._type, SocketKind), doc="the socket type")
    proto = property(lambda self: self._proto, doc="the socket protocol")
    timeout = property(lambda self: self._timeout, doc="the socket timeout")

    def __repr__(self):
        closed = self._fd == -1
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            type(self).__module__, type(self).__qualname__, " [closed]" if closed else "",
            self._fd, self.family, self.type, self._proto)
        if not closed:
            for label, get in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    where = get()
                except OSError:
                    continue
                if where:
                    text += f", {label}={where}"
        return text + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def _wait(self):
        return -1.0 if self._timeout is None else self._timeout

    def fileno(self):
        return self._fd

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        fd, self._fd = self._fd, -1
        if fd != -1:
            _engine.close(fd)

    def detach(self):
        self._closed = True
        fd, self._fd = self._fd, -1
        return fd

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def settimeout(self, value):
        self._timeout = _timeout_value(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def bind(self, address):
        _engine.bind(self._fd, _address_in(self._family, address, "bind"))

    def listen(self, backlog=128):
        _engine.listen(self._fd, backlog)

    def _accept(self):
        fd, raw = _engine.accept(self._fd, self._wait())
        return fd, _address_out(self._family, raw)

    def accept(self):
        fd, address = self._accept()
        peer = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self._timeout is not None:
            peer.setblocking(True)
        return peer, address

    def connect(self, address):
        _engine.connect(self._fd, _address_in(self._family, address, "connect"), self._wait())

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def send(self, data, flags=0):
        return _engine.send(self._fd, _data(data), self._wait(), False, flags)

    def sendall(self, data, flags=0):
        _engine.send(self._fd, _data(data), self._wait(), True, flags)

    def sendto(self, data, flags_or_address, address=None):
        flags, target = (0, flags_or_address) if address is None else (flags_or_address, address)
        return _engine.sendto(self._fd, _data(data), _address_in(self._family, target, "sendto"), self._wait(),
                              flags)

    def _size(self, bufsize, call):
        bufsize = _index(bufsize)
        if bufsize < 0:
            raise ValueError(f"negative buffersize in {call}")
        return bufsize

    def recv(self, bufsize, flags=0):
        return _engine.recv(self._fd, self._size(bufsize, "recv"), self._wait(), flags)

    def recvfrom(self, bufsize, flags=0):
        data, raw = _engine.recvfrom(self._fd, self._size(bufsize, "recvfrom"), self._wait(), flags)
        return data, (None if raw is None else _address_out(self._family, raw))

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer).cast("B")
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes > len(view):
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes or len(view), flags)
        view[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer).cast("B")
        if nbytes > len(view):
            raise ValueError("nbytes is greater than the length of the buffer")
        data, where = self.recvfrom(nbytes or len(view), flags)
        view[:len(data)] = data
        return len(data), where

    def getsockname(self):
        return _address_out(self._family, _engine.sockname(self._fd))

    def getpeername(self):
        return _address_out(self._family, _engine.peername(self._fd))

    def shutdown(self, how):
        _engine.shutdown(self._fd, how)

    def setsockopt(self, level, optname, value, optlen=None):
        if not isinstance(value, int):
            if value is None:
                return
            value = _data(value)
        _engine.setopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        if buflen is None:
            return _engine.getopt(self._fd, level, optname, -1)
        buflen = _index(buflen)
        if buflen <= 0:
            raise OSError("getsockopt buflen out of range")
        return _engine.getopt(self._fd, level, optname, buflen)

    def dup(self):
        return socket(self._family, self._type, self._proto, fileno=os.dup(self._fd))

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        import io
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError(f"invalid mode {mode!r} (only r, w, b allowed)")
        reading, writing, binary = "r" in mode, "w" in mode, "b" in mode
        if not reading and not writing:
            reading = True
        raw = SocketIO(self, ("r" if reading else "") + ("w" if writing else "") + "b")
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            stream = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            stream = io.BufferedReader(raw, buffering)
        else:
            stream = io.BufferedWriter(raw, buffering)
        if binary:
            return stream
        text = io.TextIOWrapper(stream, io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text


def _socketio_base():
    import io
    return io.RawIOBase


class SocketIO(_socketio_base()):
    """A socket as a raw stream: what makefile() buffers."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError(f"invalid mode: {mode!r}")
        super().__init__()
        self._sock = sock
        self._mode = mode if "b" in mode else mode + "b"
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        if not self._reading:
            raise OSError("cannot read from timed out object")
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timeout_occurred = True
            raise
        except BlockingIOError:
            return None

    def write(self, b):
        self._checkClosed()
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        super().close()
        self._sock._decref_socketios()
        self._sock = None


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    left, right = _engine.pair(family, type, proto)
    return socket(family, type, proto, fileno=left), socket(family, type, proto, fileno=right)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    failures = []
    for family, kind, proto, _, where in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(where)
            return sock
        except OSError as e:
            failures.append(e)
            if sock is not None:
                sock.close()
    if not failures:
        raise OSError("getaddrinfo returns an empty list")
    if all_errors:
        raise ExceptionGroup("create_connection failed", failures)
    raise failures[0]


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except OSError as e:
            raise OSError(e.errno, f"{e.strerror} (while attempting to bind on address {address!r})") from None
        sock.listen(backlog if backlog is not None else 128)
        return sock
    except BaseException:
        sock.close()
        raise
