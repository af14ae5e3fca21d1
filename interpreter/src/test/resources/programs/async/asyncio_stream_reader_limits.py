# StreamReader over a TCP connection on 127.0.0.1 with a small limit: readuntil, its
# LimitOverrunError past the limit (the data stays to be read), readline, read(n), readexactly's
# IncompleteReadError with the partial bytes, read() to the end, at_eof, and the writer's
# can_write_eof/write_eof/is_closing.
import asyncio

async def feed(reader, writer):
    writer.write(b"alpha;beta;" + b"x" * 40 + b";gamma\nshort")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(feed, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=32)
    print(writer.can_write_eof(), writer.is_closing())
    print(await reader.readuntil(b";"))
    print(await reader.readuntil(b";"))
    try:
        await reader.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e.consumed, e)
    print(len(await reader.read(41)))
    print(await reader.readline())
    print(await reader.read(3))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e.partial, e.expected, e)
    print(await reader.read(), reader.at_eof())
    writer.write_eof()
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())
    server.close()
    await server.wait_closed()

asyncio.run(main())
