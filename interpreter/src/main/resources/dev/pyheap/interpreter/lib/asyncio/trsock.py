"""TransportSocket: the socket a transport or server shows (get_extra_info('socket'), Server.sockets),
which refuses nothing but gives no way to read or write behind the transport's back."""

import socket


class TransportSocket:
    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        s = (f'<asyncio.TransportSocket fd={self.fileno()}, family={self.family!s}, '
             f'type={self.type!s}, proto={self.proto}')
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f'{s}, laddr={laddr}'
            except socket.error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f'{s}, raddr={raddr}'
            except socket.error:
                pass
        return f'{s}>'

    def __getstate__(self):
        raise TypeError('Cannot serialize asyncio.TransportSocket object')

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        # the transport's own shutdown: the caller knows what it does
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def getsockbyname(self):
        return self._sock.getsockbyname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')
