# An asyncio key-value server and clients on 127.0.0.1: start_server, StreamReader/Writer line protocol, gather of clients, wait_for timeouts, a TaskGroup failure, cancellation.
import asyncio

STORE = {}

async def handle(reader, writer):
    while line := await reader.readline():
        cmd, *args = line.decode().split()
        if cmd == "SET":
            STORE[args[0]] = args[1]
            reply = "OK"
        elif cmd == "GET":
            reply = STORE.get(args[0], "(nil)")
        elif cmd == "KEYS":
            reply = ",".join(sorted(STORE))
        elif cmd == "QUIT":
            writer.write(b"BYE\n")
            await writer.drain()
            break
        else:
            reply = f"ERR unknown {cmd!r}"
        writer.write(reply.encode() + b"\n")
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, name, commands):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for c in commands:
        writer.write(c.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return name, replies

async def slow(n):
    await asyncio.sleep(n)
    return n

async def failing(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        first = await client(port, "a", ["SET x 1", "SET y 2", "GET x"])
        print(first)
        results = await asyncio.gather(
            client(port, "b", ["GET y", "GET z", "KEYS"]),
            client(port, "c", ["SET z 3", "NOPE", "QUIT"]),
        )
        for r in results:
            print(r)
        print(await client(port, "d", ["KEYS"]))
        server.close()
    print("server closed:", not server.is_serving())

    try:
        await asyncio.wait_for(slow(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(slow(0), timeout=5))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing("one"))
            tg.create_task(failing("two"))
            tg.create_task(slow(10))
    except* ValueError as eg:
        print("TaskGroup:", sorted(str(e) for e in eg.exceptions))
    task = asyncio.create_task(slow(10), name="sleeper")
    await asyncio.sleep(0)
    task.cancel("stop now")
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancelled:", task.get_name(), e.args, task.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(slow(0)), asyncio.create_task(slow(5))],
                                       timeout=0.05)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item * item)
        return got
    _, squares = await asyncio.gather(producer(), consumer())
    print(squares)

asyncio.run(main())
asyncio.run(failing("uncaught from asyncio.run"))
