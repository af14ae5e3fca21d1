# Connection failures seen through asyncio on 127.0.0.1: open_connection to a port nobody listens on
# (ConnectionRefusedError with errno 111 and "Connect call failed"), a reader timing out under
# wait_for, the server closing its side (b'' and at_eof), a write after the peer is gone failing at
# drain (ConnectionResetError or BrokenPipeError, both ConnectionError), and the traceback-free
# exception a task returns to gather(return_exceptions=True).
import asyncio
import socket

async def main():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), "PORT"))

    async def silent(reader, writer):
        await reader.read()
        writer.close()
        await writer.wait_closed()
    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    addr = server.sockets[0].getsockname()
    reader, writer = await asyncio.open_connection(*addr)
    try:
        await asyncio.wait_for(reader.readline(), 0.05)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__)
    writer.write_eof()
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()

    async def hang_up(reader, writer):
        writer.transport.abort()
    server2 = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server2.sockets[0].getsockname())
    print(await reader.read())
    async def keep_writing():
        for _ in range(50):
            writer.write(b"x" * 65536)
            await writer.drain()
    results = await asyncio.gather(keep_writing(), return_exceptions=True)
    print(isinstance(results[0], ConnectionError))
    writer.close()
    for s in (server, server2):
        s.close()
        await s.wait_closed()

asyncio.run(main())
