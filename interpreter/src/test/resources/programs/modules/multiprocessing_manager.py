# multiprocessing.Manager: a dict, a list, a Namespace, a Value and a Queue of the manager
# changed by two child processes through their proxies and read back by the parent; proxies
# return copies (a list inside the dict changed in place stays as it was); str() of proxies shows
# the referent; the proxy types' names; a lock and an Event of the manager.
import multiprocessing as mp


def work(n, d, lst, ns, counter, lock, q):
    d[f'n{n}'] = n * n
    lst.append(n)
    with lock:
        counter.value += n
    q.put(('done', n))
    if n == 1:
        ns.owner = 'child one'


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as m:
        d = m.dict({'start': 0})
        lst = m.list()
        ns = m.Namespace(owner='parent', size=2)
        counter = m.Value('i', 0)
        lock = m.Lock()
        q = m.Queue()
        procs = [mp.Process(target=work, args=(n, d, lst, ns, counter, lock, q)) for n in (1, 2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(d.items()), sorted(lst), ns.owner, ns.size, counter.value)
        print(sorted(q.get() for _ in range(2)))
        print(type(d).__name__, type(lst).__name__, type(ns).__name__, type(counter).__name__)
        d['nested'] = [1]
        d['nested'].append(2)
        print(d['nested'], len(d), 'start' in d, d.get('missing', 'default'))
        copy = d.copy()
        print(type(copy).__name__, sorted(copy))
        lst.extend([5, 4])
        lst.sort()
        print(str(lst), lst[0], lst[-2:], len(lst), 4 in lst)
        print(str(ns), counter)
        try:
            d['missing']
        except KeyError as e:
            print('KeyError:', e)
        try:
            ns.nothing
        except AttributeError as e:
            print('AttributeError:', e)
        ev = m.Event()
        ev.set()
        print(ev.is_set(), ev.wait(1), lock.acquire(), lock.release())
