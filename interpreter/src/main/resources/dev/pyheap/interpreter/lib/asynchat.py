"""A line- or length-framed protocol over asyncore (deprecated in 3.11, gone in 3.12).

async_chat collects what it reads until the terminator: a bytes separator (possibly split
between reads: a tail that may start one is held back), a count of bytes, or None for
everything; each piece goes to collect_incoming_data and the end to found_terminator. What is
pushed waits in a FIFO of byte strings and producers (objects with more()); None in the FIFO
closes the channel once everything before it has been sent."""

import asyncore
from collections import deque
from warnings import _deprecated

_DEPRECATION_MSG = ('The {name} module is deprecated and will be removed in '
                    'Python {remove}. The recommended replacement is asyncio')
_deprecated(__name__, _DEPRECATION_MSG, remove=(3, 12))


class async_chat(asyncore.dispatcher):
    """A dispatcher reading up to a terminator and writing from a FIFO of producers."""

    ac_in_buffer_size = 65536
    ac_out_buffer_size = 65536
    use_encoding = 0
    encoding = 'latin-1'

    def __init__(self, sock=None, map=None):
        self.ac_in_buffer = b''
        self.incoming = []
        self.producer_fifo = deque()
        asyncore.dispatcher.__init__(self, sock, map)

    def collect_incoming_data(self, data):
        raise NotImplementedError("must be implemented in subclass")

    def _collect_incoming_data(self, data):
        self.incoming.append(data)

    def _get_data(self):
        data = b''.join(self.incoming)
        del self.incoming[:]
        return data

    def found_terminator(self):
        raise NotImplementedError("must be implemented in subclass")

    def set_terminator(self, term):
        """A bytes separator (a str with use_encoding), a byte count, or None."""
        if isinstance(term, str) and self.use_encoding:
            term = bytes(term, self.encoding)
        elif isinstance(term, int) and term < 0:
            raise ValueError('the number of received bytes must be positive')
        self.terminator = term

    def get_terminator(self):
        return self.terminator

    def handle_read(self):
        try:
            data = self.recv(self.ac_in_buffer_size)
        except BlockingIOError:
            return
        except OSError:
            self.handle_error()
            return
        if isinstance(data, str) and self.use_encoding:
            data = bytes(str, self.encoding)
        self.ac_in_buffer = self.ac_in_buffer + data
        while self.ac_in_buffer:
            available = len(self.ac_in_buffer)
            terminator = self.get_terminator()
            if not terminator:
                self.collect_incoming_data(self.ac_in_buffer)
                self.ac_in_buffer = b''
            elif isinstance(terminator, int):
                if available < terminator:
                    self.collect_incoming_data(self.ac_in_buffer)
                    self.ac_in_buffer = b''
                    self.terminator = self.terminator - available
                else:
                    self.collect_incoming_data(self.ac_in_buffer[:terminator])
                    self.ac_in_buffer = self.ac_in_buffer[terminator:]
                    self.terminator = 0
                    self.found_terminator()
            else:
                index = self.ac_in_buffer.find(terminator)
                if index != -1:
                    if index > 0:
                        self.collect_incoming_data(self.ac_in_buffer[:index])
                    self.ac_in_buffer = self.ac_in_buffer[index + len(terminator):]
                    self.found_terminator()
                    continue
                held = find_prefix_at_end(self.ac_in_buffer, terminator)
                if held:
                    if held != available:
                        self.collect_incoming_data(self.ac_in_buffer[:-held])
                        self.ac_in_buffer = self.ac_in_buffer[-held:]
                    break
                self.collect_incoming_data(self.ac_in_buffer)
                self.ac_in_buffer = b''

    def handle_write(self):
        self.initiate_send()

    def handle_close(self):
        self.close()

    def push(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be byte-ish (%r)', type(data))
        size = self.ac_out_buffer_size
        if len(data) > size:
            for start in range(0, len(data), size):
                self.producer_fifo.append(data[start:start + size])
        else:
            self.producer_fifo.append(data)
        self.initiate_send()

    def push_with_producer(self, producer):
        self.producer_fifo.append(producer)
        self.initiate_send()

    def readable(self):
        "predicate for inclusion in the readable for select()"
        return 1

    def writable(self):
        "predicate for inclusion in the writable for select()"
        return self.producer_fifo or (not self.connected)

    def close_when_done(self):
        "automatically close this channel once the outgoing queue is empty"
        self.producer_fifo.append(None)

    def initiate_send(self):
        """Send what the first entry of the FIFO has (one send per call); a producer that
        gives nothing more is dropped."""
        while self.producer_fifo and self.connected:
            first = self.producer_fifo[0]
            if not first:
                del self.producer_fifo[0]
                if first is None:
                    self.handle_close()
                    return
            size = self.ac_out_buffer_size
            try:
                data = first[:size]
            except TypeError:
                data = first.more()
                if data:
                    self.producer_fifo.appendleft(data)
                else:
                    del self.producer_fifo[0]
                continue
            if isinstance(data, str) and self.use_encoding:
                data = bytes(data, self.encoding)
            try:
                sent = self.send(data)
            except OSError:
                self.handle_error()
                return
            if sent:
                if sent < len(data) or size < len(first):
                    self.producer_fifo[0] = first[sent:]
                else:
                    del self.producer_fifo[0]
            return

    def discard_buffers(self):
        self.ac_in_buffer = b''
        del self.incoming[:]
        self.producer_fifo.clear()


class simple_producer:
    """Gives data in pieces of buffer_size bytes."""

    def __init__(self, data, buffer_size=512):
        self.data = data
        self.buffer_size = buffer_size

    def more(self):
        if len(self.data) > self.buffer_size:
            result = self.data[:self.buffer_size]
            self.data = self.data[self.buffer_size:]
        else:
            result = self.data
            self.data = b''
        return result


def find_prefix_at_end(haystack, needle):
    """The length of the longest proper prefix of needle that haystack ends with."""
    length = len(needle) - 1
    while length and not haystack.endswith(needle[:length]):
        length -= 1
    return length
