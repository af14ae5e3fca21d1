# An asyncio echo server on 127.0.0.1 (port 0) with six clients at once: start_server, open_connection,
# each client's lines echoed upper-cased in order, the server's view of its peers (all on 127.0.0.1),
# readline at end of stream, Server.close/wait_closed and is_serving, and gather's result order.
import asyncio

seen = []

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    seen.append(peer[0])
    count = 0
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
        count += 1
    writer.write(f"bye after {count}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    got = []
    for i in range(n):
        writer.write(f"client {n} line {i}\n".encode())
        await writer.drain()
        got.append((await reader.readline()).decode().strip())
    writer.write_eof()
    got.append((await reader.readline()).decode().strip())
    got.append(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return got

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), len(server.sockets), server.sockets[0].family.name)
    results = await asyncio.gather(*(client(port, n) for n in range(1, 7)))
    for r in results:
        print(r)
    print(sorted(seen))
    server.close()
    await server.wait_closed()
    print(server.is_serving())

asyncio.run(main())
