# Richards-like task scheduler: method calls, attribute access, linked lists.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, ident, prio, wkq, fn):
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.fn = fn
        self.count = 0

    def run(self, pkt):
        self.count += 1
        return self.fn(self, pkt)


def worker(task, pkt):
    if pkt is None:
        return None
    total = 0
    for i in range(4):
        pkt.data[i] = (pkt.data[i] + i + task.count) % 26
        total += pkt.data[i]
    pkt.datum = total
    return pkt


def handler(task, pkt):
    if pkt is None:
        return None
    pkt.kind ^= 1
    return pkt


def schedule(rounds):
    tasks = [Task(i, i % 5, None, worker if i % 2 else handler) for i in range(10)]
    queue = None
    for i in range(20):
        queue = Packet(None, i, i % 2).append_to(queue) if queue is None else Packet(None, i, i % 2).append_to(queue)
    check = 0
    for r in range(rounds):
        p = queue
        while p is not None:
            t = tasks[(p.ident + r) % 10]
            res = t.run(p)
            if res is not None:
                check = (check + res.datum + res.kind) & 0xFFFFFFF
            p = p.link
    return check, sum(t.count for t in tasks)


print(schedule(40000))
