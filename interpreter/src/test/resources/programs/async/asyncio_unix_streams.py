# asyncio over AF_UNIX: start_unix_server and open_unix_connection on a path in a temporary folder
# (the server's sockname is the path, the client's peername too), open_connection(sock=) over both
# ends of a socket.socketpair, and several clients served at once on the Unix server.
import asyncio
import os
import socket
import tempfile

async def shout(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main(path):
    server = await asyncio.start_unix_server(shout, path)
    print(server.sockets[0].getsockname() == path, server.sockets[0].family.name)

    async def client(word):
        reader, writer = await asyncio.open_unix_connection(path)
        print_peer = writer.get_extra_info("peername") == path
        writer.write(word)
        await writer.drain()
        answer = await reader.read()
        writer.close()
        await writer.wait_closed()
        return word, answer, print_peer
    for result in await asyncio.gather(*(client(w) for w in (b"red", b"green", b"blue"))):
        print(result)
    server.close()
    await server.wait_closed()

    left, right = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=left)
    r2, w2 = await asyncio.open_connection(sock=right)
    w1.write(b"ping\n")
    print(await r2.readline())
    w2.write(b"pong\n")
    w2.write_eof()
    print(await r1.readline(), await r1.read(), r1.at_eof())
    for w in (w1, w2):
        w.close()
        await w.wait_closed()

with tempfile.TemporaryDirectory() as d:
    asyncio.run(main(os.path.join(d, "shout.sock")))
