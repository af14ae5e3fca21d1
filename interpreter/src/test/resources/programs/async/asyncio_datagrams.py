# UDP with create_datagram_endpoint on 127.0.0.1: a server endpoint bound to port 0 answering each
# datagram, a client connected with remote_addr (sendto without an address), a DatagramProtocol's
# callbacks in order, sendto to another address refused on a connected endpoint, the transport's close.
import asyncio


class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server made", transport.get_extra_info("sockname")[0])

    def datagram_received(self, data, addr):
        print("server got", data, addr[0])
        self.transport.sendto(data[::-1], addr)

    def connection_lost(self, exc):
        print("server lost", exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self, want):
        self.want = want
        self.got = []
        self.done = asyncio.get_running_loop().create_future()

    def datagram_received(self, data, addr):
        self.got.append(data)
        if len(self.got) == self.want:
            self.done.set_result(self.got)

    def error_received(self, exc):
        print("error", exc)

    def connection_lost(self, exc):
        print("client lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    transport, server = await loop.create_datagram_endpoint(Server, local_addr=("127.0.0.1", 0))
    addr = transport.get_extra_info("sockname")
    ctransport, client = await loop.create_datagram_endpoint(lambda: Client(3), remote_addr=addr)
    print(isinstance(ctransport, asyncio.DatagramTransport), ctransport.get_extra_info("peername") == addr)
    for word in (b"one", b"two", b"three"):
        ctransport.sendto(word)
        await asyncio.sleep(0.01)
    print(await asyncio.wait_for(client.done, 5))
    try:
        ctransport.sendto(b"x", ("127.0.0.1", 9))
    except ValueError as e:
        print("ValueError:", str(e).startswith("Invalid address: must be None or"))
    try:
        ctransport.sendto("text")
    except TypeError as e:
        print("TypeError:", e)
    ctransport.close()
    transport.close()
    await asyncio.sleep(0.01)
    try:
        await loop.create_datagram_endpoint(Server)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
