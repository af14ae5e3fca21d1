# multiprocessing's channels between processes, all used by one child: a Queue it fills and the
# parent drains, a JoinableQueue it works off (task_done/join), Pipe ends given to it (duplex and
# one-way): send/recv of objects and bytes, poll, EOFError once every holder of the other end
# closed it; in the parent: a copy comes out of a queue, not the object put, queue.Empty and
# queue.Full with timeouts, SimpleQueue, the read-only and closed-connection errors.
import multiprocessing as mp
import pickle
import queue


def child(q, jq, results, conn, w):
    for i in range(4):
        q.put({'item': i, 'square': i * i})
    q.put(None)
    while True:
        item = jq.get()
        jq.task_done()
        if item is None:
            break
        results.put(item * 10)
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            break
        if msg == 'bytes':
            conn.send_bytes(b'raw bytes')
        else:
            conn.send(('echo', msg))
    conn.close()
    for word in ['alpha', 'beta', 'gamma']:
        w.send(word)
    w.close()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    jq = mp.JoinableQueue()
    results = mp.Queue()
    parent, child_end = mp.Pipe()
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=child, args=(q, jq, results, child_end, w))
    p.start()
    child_end.close()
    w.close()
    got = []
    while (item := q.get()) is not None:
        got.append(item)
    print(got, q.empty())
    for i in [3, 1, 2, None]:
        jq.put(i)
    jq.join()
    print(sorted(results.get() for _ in range(3)))

    parent.send([1, 2.5, 'three'])
    print(parent.recv())
    parent.send('bytes')
    print(parent.recv_bytes())
    print(parent.poll(0))
    parent.send_bytes(pickle.dumps('pickled by hand'))
    print(parent.recv())
    parent.close()
    try:
        parent.recv()
    except OSError as err:
        print('OSError:', err)
    words = []
    while True:
        try:
            words.append(r.recv())
        except EOFError:
            print('EOFError after', words)
            break
    p.join()
    print(p.exitcode, parent.closed)
    try:
        r.send('x')
    except OSError as err:
        print('OSError:', err)

    shared = [1, 2]
    local = mp.Queue()
    local.put(shared)
    back = local.get()
    print(back, back == shared, back is shared, local.qsize())
    try:
        local.get(timeout=0.05)
    except queue.Empty:
        print('Empty after timeout')
    bounded = mp.Queue(1)
    bounded.put('x')
    print(bounded.full())
    try:
        bounded.put('y', timeout=0.05)
    except queue.Full:
        print('Full after timeout')
    try:
        bounded.put_nowait('y')
    except queue.Full:
        print('Full at once')
    sq = mp.SimpleQueue()
    sq.put(('simple', 1))
    print(sq.get(), sq.empty())
