# The loop's low-level socket coroutines on a socketpair and a listening socket (sock_sendall,
# sock_recv, sock_recv_into, sock_accept, sock_connect), add_reader/remove_reader, run_in_executor
# and to_thread returning through the loop, call_soon_threadsafe from another thread waking the
# loop's selector, run_coroutine_threadsafe, and the package layout (asyncio.__all__, submodules).
import asyncio
import socket
import threading


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"x" * 10)
    print(await loop.sock_recv(b, 4))
    buf = bytearray(16)
    n = await loop.sock_recv_into(b, buf)
    print(n, bytes(buf[:n]))

    got = loop.create_future()
    loop.add_reader(b, lambda: got.set_result(b.recv(100)))
    loop.call_later(0.01, a.send, b"ready")
    print(await got, loop.remove_reader(b), loop.remove_reader(b))

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, listener.getsockname())
    conn, addr = await accept
    print(conn.getblocking(), addr[0], conn.getpeername() == client.getsockname())
    for s in (a, b, listener, client, conn):
        s.close()

    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(lambda x, y: x * y, 6, y=7))
    woken = loop.create_future()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(woken.set_result, "from thread")).start()
    print(await woken)

    async def add(x, y):
        await asyncio.sleep(0)
        return x + y
    result = await loop.run_in_executor(None, lambda: asyncio.run_coroutine_threadsafe(add(2, 3), loop).result())
    print(result)


asyncio.run(main())
import asyncio.base_events, asyncio.selector_events, asyncio.streams
print(len(asyncio.__all__), "TaskGroup" in asyncio.__all__, asyncio.SelectorEventLoop.__module__)
print(type(asyncio.new_event_loop()).__mro__[1].__name__, asyncio.Future.__module__, asyncio.Task.__module__)
