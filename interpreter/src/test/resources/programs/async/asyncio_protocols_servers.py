# An echo server and clients written with loop.create_server/create_connection on 127.0.0.1 (port
# 0): Protocol callbacks in order (connection_made, data_received, eof_received, connection_lost),
# transport.get_extra_info, write_eof, a BufferedProtocol, Server.sockets/is_serving/close, the
# server as an async context manager, serve_forever cancelled, and ConnectionRefusedError's message.
import asyncio

events = []


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        peer = transport.get_extra_info("peername")
        events.append(("server made", peer[0], transport.get_extra_info("sockname")[0]))

    def data_received(self, data):
        events.append(("server data", data))
        self.transport.write(data.upper())

    def eof_received(self):
        events.append(("server eof",))
        self.transport.write(b"bye")
        return False

    def connection_lost(self, exc):
        events.append(("server lost", exc))


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = b""

    def connection_made(self, transport):
        transport.write(b"hello ")
        transport.write(b"world")
        transport.write_eof()
        events.append(("client made", transport.can_write_eof(), transport.is_closing()))

    def data_received(self, data):
        self.got += data

    def eof_received(self):
        events.append(("client eof",))

    def connection_lost(self, exc):
        events.append(("client lost", exc))
        self.done.set_result(self.got)


class Buffered(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.buf = bytearray(4)
        self.parts = []
        self.done = done

    def connection_made(self, transport):
        transport.write(b"abcdefghij")
        transport.write_eof()

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.parts.append(bytes(self.buf[:nbytes]))

    def eof_received(self):
        return None

    def connection_lost(self, exc):
        self.done.set_result(b"".join(self.parts))


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets))
    sock = server.sockets[0]
    port = sock.getsockname()[1]
    print(repr(sock).startswith("<asyncio.TransportSocket fd="), sock.family.name, sock.type.name)
    async with server:
        done = loop.create_future()
        transport, protocol = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
        print(isinstance(transport, asyncio.Transport), protocol is transport.get_protocol())
        print("client got", await done)
        await asyncio.sleep(0.05)
        for e in events:
            print(*e)
        done = loop.create_future()
        await loop.create_connection(lambda: Buffered(done), "127.0.0.1", port)
        print("buffered got", await done)
    print("after close:", server.is_serving(), server.sockets)
    await server.wait_closed()

    server = await loop.create_server(Echo, "127.0.0.1", 0, start_serving=False)
    print("start_serving=False:", server.is_serving())
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0.01)
    print("serve_forever:", server.is_serving())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e) == f"[Errno 111] Connect call failed ('127.0.0.1', {port})")
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port, sock=object())
    except ValueError as e:
        print("ValueError:", e)
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
