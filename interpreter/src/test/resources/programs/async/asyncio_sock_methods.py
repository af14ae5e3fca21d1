# The loop's low-level socket methods on non-blocking sockets: sock_accept, sock_connect,
# sock_sendall, sock_recv, sock_recv_into; the OSError of a receive on an unconnected socket, reads
# that wait for data written later by another task, and b'' once the peer has closed.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]

    client = socket.socket()
    client.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, ("127.0.0.1", port))
    conn, addr = await accept
    conn.setblocking(False)
    print(addr[0], conn.getblocking(), client.getblocking())

    async def later():
        await asyncio.sleep(0.01)
        await loop.sock_sendall(client, b"hello " * 3)
    task = asyncio.create_task(later())
    data = await loop.sock_recv(conn, 100)
    await task
    print(data)
    await loop.sock_sendall(conn, b"x" * 200000)
    total = 0
    buf = bytearray(65536)
    while total < 200000:
        n = await loop.sock_recv_into(client, buf)
        total += n
    print(total, bytes(buf[:3]))

    lone = socket.socket()
    lone.setblocking(False)
    try:
        await loop.sock_recv(lone, 1)
    except OSError as e:
        print(type(e).__name__, e)
    lone.close()

    client.close()
    print(await loop.sock_recv(conn, 10))
    for s in (conn, listener):
        s.close()

asyncio.run(main())
