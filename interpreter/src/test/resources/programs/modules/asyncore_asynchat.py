# asyncore and asynchat (deprecated in 3.11: the DeprecationWarning of each import, with its text
# and the importing line): an async_chat line server and a dispatcher_with_send client in one
# private map on 127.0.0.1 port 0, run by loop() with select and with poll; terminators as bytes
# (split across reads), as a byte count and None; push of big data, producers, close_when_done;
# handle_error's one-line report (compact_traceback) closing the channel; the unhandled-event
# warnings ignored by default and printed once ignore_log_types is emptied; close_all;
# find_prefix_at_end; file_dispatcher over a pipe; ExitNow leaving the loop.
import asyncore
import asynchat
import os
import socket

print(asyncore.ExitNow.__mro__[1].__name__, asyncore.poll3 is asyncore.poll2)
print([asynchat.find_prefix_at_end(b'qwerty\r', b'\r\n'), asynchat.find_prefix_at_end(b'abc', b'\r\n'),
       asynchat.find_prefix_at_end(b'xx--', b'---end'), asynchat.find_prefix_at_end(b'', b'ab')])

events = []


class LineHandler(asynchat.async_chat):
    def __init__(self, sock, map):
        super().__init__(sock, map=map)
        self.set_terminator(b'\r\n')
        self.buffer = []

    def collect_incoming_data(self, data):
        self.buffer.append(data)

    def found_terminator(self):
        term = self.get_terminator()
        data = b''.join(self.buffer)
        self.buffer = []
        events.append(('server got', term, data))
        if term == b'\r\n':
            if data == b'BLOCK':
                self.set_terminator(5)
            elif data == b'REST':
                self.set_terminator(None)
            elif data == b'BIG':
                self.push(b'x' * 200000 + b'\n')
            elif data == b'PRODUCE':
                self.push_with_producer(asynchat.simple_producer(b'produced-' * 10, buffer_size=7))
                self.push(b'\n')
            elif data == b'FAIL':
                raise ValueError('handler failed')
            elif data == b'BYE':
                self.push(b'bye\n')
                self.close_when_done()
            else:
                self.push(data.upper() + b'\n')
        else:
            self.set_terminator(b'\r\n')
            self.push(b'block:' + data + b'\n')

    def handle_close(self):
        events.append(('server closed',))
        self.close()


class Listener(asyncore.dispatcher):
    def __init__(self, map):
        super().__init__(map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(('127.0.0.1', 0))
        self.listen(5)

    def handle_accepted(self, sock, addr):
        events.append(('accepted', addr[0]))
        LineHandler(sock, self._map)


class Client(asyncore.dispatcher_with_send):
    def __init__(self, addr, map):
        super().__init__(map=map)
        self.received = b''
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(addr)

    def handle_connect(self):
        # Whether the listener's accept or this comes first in a pass is the kernel's choice.
        self.connect_seen = True

    def handle_read(self):
        self.received += self.recv(8192)

    def handle_close(self):
        events.append(('client sees close',))
        self.close()


def run_until(map, condition, use_poll):
    for _ in range(2000):
        if condition():
            return True
        asyncore.loop(timeout=0.5, use_poll=use_poll, map=map, count=1)
    return False


for use_poll in (False, True):
    print('use_poll', use_poll)
    mymap = {}
    listener = Listener(mymap)
    print(listener.accepting, listener.connected, listener.readable(), listener.writable())
    client = Client(listener.socket.getsockname(), mymap)
    for line, lines in [(b'hello\r\n', 1), (b'spl', 0), (b'it\r', 0), (b'\nnext\r\n', 2),
                        (b'BLOCK\r\n12', 0), (b'345', 1), (b'BIG\r\n', 1), (b'PRODUCE\r\n', 1)]:
        client.send(line)
        if lines:
            run_until(mymap, lambda: client.received.count(b'\n') >= lines, use_poll)
            print(len(client.received), client.received[:40])
            client.received = b''
    client.send(b'BYE\r\n')
    run_until(mymap, lambda: client._fileno is None, use_poll)
    print(client.received, client.connected, client.connect_seen)
    for event in events:
        print('   ', event)
    events.clear()
    print(sorted(type(d).__name__ for d in mymap.values()))
    asyncore.close_all(mymap)
    print(mymap, listener.socket.fileno())

# A handler raising: handle_error logs one line (as 'error') and closes the channel.
mymap = {}
listener = Listener(mymap)
client = Client(listener.socket.getsockname(), mymap)
client.send(b'FAIL\r\n')
original = asyncore.dispatcher.log_info
seen = []
asyncore.dispatcher.log_info = lambda self, message, type='info': seen.append((type, message))
run_until(mymap, lambda: client._fileno is None, False)
asyncore.dispatcher.log_info = original
for kind, message in seen:
    head, _, tail = message.partition('(')
    print(kind, head.split(' at 0x')[0].rsplit(' ', 1)[0], '|', tail.split(' ')[0], tail.split('[')[0].split(' ', 1)[1][:40])
    frames = [part.split('|')[1] for part in tail.split('[')[1:]]
    print('   frames:', frames)
asyncore.close_all(mymap)

try:
    raise KeyError('k')
except KeyError:
    (filename, function, line), t, v, info = asyncore.compact_traceback()
    print(function, t, repr(v), info.count('['), info.startswith('[' + __file__))

# The default handlers only log, as warnings, which are ignored until ignore_log_types is emptied.
d = asyncore.dispatcher(map={})
d.handle_read()
d.handle_expt()
d.ignore_log_types = frozenset()
d.handle_read()
d.handle_write()
d.handle_connect()
d.handle_expt()
d.log_info('plain message')
d.log_info('custom', 'mytype')
print(repr(d).split(' at 0x')[0])
d.log('to stderr')

# file_dispatcher over a pipe's read end.
events.clear()
r, w = os.pipe()
pipemap = {}


class PipeReader(asyncore.file_dispatcher):
    def handle_read(self):
        events.append(('pipe read', self.recv(100)))

    def handle_close(self):
        events.append(('pipe closed',))
        self.close()

    def writable(self):
        return False


reader = PipeReader(r, map=pipemap)
os.close(r)
os.write(w, b'through a pipe')
run_until(pipemap, lambda: events, False)
print(events)
events.clear()
os.close(w)
run_until(pipemap, lambda: not pipemap, False)
print(events)
events.clear()
print(reader.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    reader.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
except NotImplementedError as e:
    print('NotImplementedError', e)

# ExitNow leaves loop() at once.
exitmap = {}


class Stopper(asyncore.file_dispatcher):
    def handle_read(self):
        raise asyncore.ExitNow('stop')

    def writable(self):
        return False


r, w = os.pipe()
stopper = Stopper(r, map=exitmap)
os.write(w, b'x')
try:
    asyncore.loop(timeout=1, map=exitmap)
except asyncore.ExitNow as e:
    print('ExitNow', e)
stopper.close()
os.close(r)
os.close(w)
chat = asynchat.async_chat(map={})
try:
    chat.set_terminator(-1)
except ValueError as e:
    print('ValueError', e)
try:
    chat.push('text')
except TypeError as e:
    print('TypeError', e.args[0], e.args[1])
for method in (chat.collect_incoming_data, chat.found_terminator):
    try:
        method(b'x') if method == chat.collect_incoming_data else method()
    except NotImplementedError as e:
        print('NotImplementedError', e)
chat.set_terminator('str')
print(chat.get_terminator(), chat.writable(), chat.readable())
chat.use_encoding = 1
chat.set_terminator('str')
print(chat.get_terminator())
