"""The protocols: the objects a transport calls back with its data and its events."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """What every protocol gets: the connection made and lost, and the transport's flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made; transport is the connection's."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed: exc is None at a regular end of file or close."""

    def pause_writing(self):
        """The transport's buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's buffer drained below its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received with the bytes as they come, eof_received at the peer's end."""

    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received; data is a non-empty bytes object."""

    def eof_received(self):
        """The peer wrote its end. A true result keeps the transport open (a half-closed connection);
        a false one closes it."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that receives into buffers of its own (get_buffer, then buffer_updated)."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for the next data (at least sizehint bytes when sizehint > 0)."""

    def buffer_updated(self, nbytes):
        """nbytes of the buffer get_buffer gave were filled."""

    def eof_received(self):
        """The peer wrote its end (see Protocol.eof_received)."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol: one datagram_received per datagram."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when some datagram is received."""

    def error_received(self, exc):
        """A previous send or receive failed (an OSError)."""


class SubprocessProtocol(BaseProtocol):
    """A subprocess protocol: the child's output per descriptor, and its exit."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""


def _feed_data_to_buffered_proto(proto, data):
    data_len = len(data)
    while data_len:
        buf = proto.get_buffer(data_len)
        buf_len = len(buf)
        if not buf_len:
            raise RuntimeError('get_buffer() returned an empty buffer')
        if buf_len >= data_len:
            buf[:data_len] = data
            proto.buffer_updated(data_len)
            return
        buf[:buf_len] = data[:buf_len]
        proto.buffer_updated(buf_len)
        data = data[buf_len:]
        data_len = len(data)
