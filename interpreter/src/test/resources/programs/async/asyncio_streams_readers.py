# StreamReader fed by hand and over a socket pair of streams: readline, readexactly (IncompleteReadError
# with .partial and .expected), readuntil (LimitOverrunError with .consumed, a separator split
# between chunks), read(n) and read() to EOF, at_eof, async iteration over lines, a reader limit, and
# StreamWriter write/writelines/drain/can_write_eof/write_eof/close/wait_closed/is_closing.
import asyncio


async def fed():
    r = asyncio.StreamReader(limit=8)
    print(repr(r))
    r.feed_data(b"line one\nli")
    r.feed_data(b"ne two\nrest")
    print(await r.readline())
    try:
        print(await r.readline())
    except ValueError as e:
        print("ValueError:", e)
    r.feed_data(b"abcdefghij--cd")
    try:
        print(await r.readuntil(b"--"))
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    print(await r.read(5))
    r.feed_eof()
    try:
        await r.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    print(r.at_eof(), await r.read(), await r.readline())

    r = asyncio.StreamReader()
    r.feed_data(b"a|b||c")
    print(await r.readuntil(b"|"), await r.readuntil(b"||"))
    r.feed_eof()
    try:
        await r.readuntil(b"|")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)


async def serve(reader, writer):
    async for line in reader:
        writer.writelines([b"> ", line])
        await writer.drain()
    print("server saw EOF:", reader.at_eof())
    writer.write(b"total\n")
    writer.close()
    await writer.wait_closed()


async def over_sockets():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(type(reader).__name__, type(writer).__name__, writer.can_write_eof())
    print(writer.get_extra_info("peername") == ("127.0.0.1", port))
    for word in ("alpha", "beta", "gamma"):
        writer.write(word.encode() + b"\n")
        await writer.drain()
        print(await reader.readline())
    writer.write_eof()
    print(await reader.read())
    print("closing:", writer.is_closing())
    writer.close()
    print("closing:", writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(fed())
asyncio.run(over_sockets())
