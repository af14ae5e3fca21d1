# A line-based chat server and clients with asyncio on 127.0.0.1: start_server, open_connection,
# StreamReader.readline/readexactly, writer.drain/close/wait_closed, gather of clients, a Queue
# fan-out, wait_for timeouts, cancellation, and an exception inside a task surfaced by gather.
# The clients wait for each other's join, message and leave through Events, so the order of the
# chat is the same under any load.
import asyncio

clients = {}
log = []
joined = {"ann": asyncio.Event(), "bob": asyncio.Event()}
spoke = {"ann": asyncio.Event(), "bob": asyncio.Event()}
left = {"ann": asyncio.Event(), "bob": asyncio.Event()}

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    log.append(f"join {name}")
    joined[name].set()
    try:
        while line := await reader.readline():
            msg = line.decode().rstrip("\n")
            if msg == "/quit":
                break
            if msg.startswith("/len "):
                n = int(msg[5:])
                data = await reader.readexactly(n)
                writer.write(f"got {len(data)} bytes: {data!r}\n".encode())
                continue
            for other, w in sorted(clients.items()):
                if other != name:
                    w.write(f"<{name}> {msg}\n".encode())
            await asyncio.gather(*(w.drain() for w in clients.values()))
            spoke[name].set()
    finally:
        del clients[name]
        log.append(f"leave {name}")
        left[name].set()
        writer.close()
        await writer.wait_closed()

async def client(port, name, lines, expect, wait=None, quit_after=None):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    if wait:
        await wait.wait()
    for l in lines:
        writer.write(l.encode())
        await writer.drain()
    got = [(await reader.readline()).decode().rstrip() for _ in range(expect)]
    if quit_after:
        await left[quit_after].wait()
    writer.write(b"/quit\n")
    await writer.drain()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return name, got, rest

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("serving:", server.is_serving(), isinstance(port, int))
    async with server:
        a = asyncio.create_task(client(port, "ann", ["hi all\n"], 1, joined["bob"], "bob"))
        await joined["ann"].wait()
        b = asyncio.create_task(client(port, "bob", ["/len 5\nhello", "hey ann\n"], 2, spoke["ann"]))
        for name, got, rest in sorted(await asyncio.gather(a, b)):
            print(name, got, rest)
        try:
            await asyncio.wait_for(asyncio.sleep(10), timeout=0.05)
        except asyncio.TimeoutError:
            print("wait_for timed out")
        q = asyncio.Queue()
        async def consumer(i):
            seen = []
            while (item := await q.get()) is not None:
                seen.append(item)
                q.task_done()
            q.task_done()
            return i, seen
        cons = [asyncio.create_task(consumer(i)) for i in range(2)]
        for item in range(6):
            await q.put(item)
        await q.join()
        for _ in cons:
            await q.put(None)
        res = await asyncio.gather(*cons)
        print(sorted(x for _, s in res for x in s))
        slow = asyncio.create_task(asyncio.sleep(5), name="slow")
        await asyncio.sleep(0)
        slow.cancel()
        try:
            await slow
        except asyncio.CancelledError:
            print("cancelled:", slow.cancelled(), slow.get_name())
        async def fails():
            raise RuntimeError("bad client")
        r = await asyncio.gather(fails(), asyncio.sleep(0, "ok"), return_exceptions=True)
        print([repr(x) for x in r])
    print("closed:", server.is_serving(), log)
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused:", e.errno == 111)
    await fails()

asyncio.run(main())
