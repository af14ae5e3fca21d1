# asyncio's Protocol callbacks in the order the loop calls them, on a TCP server and client over
# 127.0.0.1: connection_made, data_received, eof_received (returning False closes), connection_lost;
# transport.get_extra_info, write/writelines, is_closing, pause_reading/resume_reading, abort on the
# server side giving the client connection_lost(None) after eof.
import asyncio

events = []

class Server(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        events.append(("server made", transport.get_extra_info("sockname")[0]))

    def data_received(self, data):
        events.append(("server data", data))
        if data == b"ping":
            self.transport.writelines([b"po", b"ng"])
        elif data == b"quit":
            self.transport.write(b"bye")
            self.transport.close()
            events.append(("server closing", self.transport.is_closing()))

    def eof_received(self):
        events.append(("server eof",))
        return False

    def connection_lost(self, exc):
        events.append(("server lost", exc))


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = asyncio.Queue()

    def connection_made(self, transport):
        events.append(("client made", transport.get_extra_info("peername")[0]))

    def data_received(self, data):
        events.append(("client data", data))
        self.got.put_nowait(data)

    def eof_received(self):
        events.append(("client eof",))

    def connection_lost(self, exc):
        events.append(("client lost", exc))
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, proto = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    transport.write(b"ping")
    print(await proto.got.get())
    transport.pause_reading()
    print(transport.is_reading())
    transport.resume_reading()
    print(transport.is_reading())
    transport.write(b"quit")
    print(await proto.got.get())
    await done
    server.close()
    await server.wait_closed()
    for e in events:
        print(e)

asyncio.run(main())
