# What wakes asyncio's loop from outside: call_soon_threadsafe from several threads (the loop's
# self-pipe), run_in_executor results, add_reader/remove_reader on a socketpair fed by a thread,
# add_writer, and a loop blocked in select with nothing scheduled woken by another thread.
import asyncio
import socket
import threading

async def main():
    loop = asyncio.get_running_loop()
    got = []
    done = loop.create_future()
    def from_thread(i):
        loop.call_soon_threadsafe(got.append, i)
        if i == 4:
            loop.call_soon_threadsafe(done.set_result, None)
    threads = []
    for i in range(5):
        t = threading.Thread(target=from_thread, args=(i,))
        threads.append(t)
    for t in threads:
        t.start()
        t.join()
    await done
    print(sorted(got))

    print(await asyncio.gather(*(loop.run_in_executor(None, pow, 2, n) for n in range(5))))

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    chunks = []
    finished = loop.create_future()
    def readable():
        data = a.recv(100)
        if data:
            chunks.append(data)
        else:
            loop.remove_reader(a)
            finished.set_result(b"".join(chunks))
    loop.add_reader(a, readable)
    def writer():
        for word in (b"one", b"two", b"three"):
            b.send(word)
            event = threading.Event()
            loop.call_soon_threadsafe(event.set)
            event.wait()
        b.shutdown(socket.SHUT_WR)
    t = threading.Thread(target=writer)
    t.start()
    print(await finished)
    t.join()
    wrote = loop.create_future()
    def writable():
        loop.remove_writer(a)
        wrote.set_result(a.send(b"x"))
    loop.add_writer(a, writable)
    print(await wrote, b.recv(10))
    a.close()
    b.close()

    woken = loop.create_future()
    threading.Timer(0.02, loop.call_soon_threadsafe, (woken.set_result, "woken")).start()
    print(await woken)

asyncio.run(main())
