# asyncio streams over a local socket pair and over a localhost server: open_connection with
# sock=, readline/readexactly/readuntil and their IncompleteReadError/LimitOverrunError, at_eof,
# write/drain/close/wait_closed, a line-protocol server with start_server on port 0, and a
# subprocess read through create_subprocess_exec.
import asyncio
import socket
import sys

async def pair_demo():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b, limit=16)
    w1.write(b'hello\nworld\nEND')
    await w1.drain()
    print(await r2.readline(), await r2.readuntil(b'\n'))
    print(await r2.readexactly(2))
    w1.write_eof()
    try:
        await r2.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError', e.partial, e.expected, str(e))
    print(r2.at_eof(), await r2.read())
    w2.write(b'x' * 40 + b'\n')
    await w2.drain()
    w2.close()
    await w2.wait_closed()
    print(len(await r1.readline()))
    w1.close()
    await w1.wait_closed()
    a2, b2 = socket.socketpair()
    r3, w3 = await asyncio.open_connection(sock=a2, limit=8)
    b2.sendall(b'0123456789abcdef;')
    try:
        await r3.readuntil(b';')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError', e.consumed, str(e))
    w3.close(); b2.close()
    await w3.wait_closed()

async def handle(reader, writer):
    while line := await reader.readline():
        cmd = line.decode().strip()
        if cmd == 'quit':
            writer.write(b'bye\n')
            break
        writer.write(f'{cmd.upper()} ({len(cmd)})\n'.encode())
        await writer.drain()
    await writer.drain()
    writer.close()

async def server_demo():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), port > 0)
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for word in ['ping', 'streams', 'quit']:
        writer.write(word.encode() + b'\n')
        print((await reader.readline()).decode().rstrip())
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())

async def subprocess_demo():
    try:
        proc = await asyncio.create_subprocess_exec(
            'sh', '-c', 'echo out; echo err 1>&2; exit 3',
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    except NotImplementedError:
        print('subprocess not supported')
        return
    out, err = await proc.communicate()
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_shell('cat', stdin=asyncio.subprocess.PIPE,
                                                 stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b'piped through cat\n')
    print(out, await proc.wait())

asyncio.run(pair_demo())
asyncio.run(server_demo())
asyncio.run(subprocess_demo())
