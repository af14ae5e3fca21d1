# A Beazley-style cooperative scheduler over generators: system calls yielded as objects,
# tasks waiting on each other, send() of results back in, throw() to cancel, close() at the
# end, and yield from for sub-coroutines with return values.
from collections import deque


class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError


class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.ready.append(task)


class Spawn(SysCall):
    def __init__(self, gen):
        self.gen = gen

    def handle(self, sched, task):
        task.sendval = sched.new(self.gen)
        sched.ready.append(task)


class Kill(SysCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self, sched, task):
        victim = sched.tasks.get(self.tid)
        task.sendval = victim is not None
        if victim:
            victim.throw = KeyboardInterrupt("killed")
        sched.ready.append(task)


class Wait(SysCall):
    def __init__(self, tid):
        self.tid = tid

    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = sched.results.get(self.tid)
            sched.ready.append(task)


class Task:
    next_id = 0

    def __init__(self, gen):
        Task.next_id += 1
        self.tid = Task.next_id
        self.gen = gen
        self.sendval = None
        self.throw = None

    def step(self):
        if self.throw is not None:
            exc, self.throw = self.throw, None
            return self.gen.throw(exc)
        return self.gen.send(self.sendval)


class Scheduler:
    def __init__(self):
        self.ready, self.tasks, self.waiting, self.results = deque(), {}, {}, {}

    def new(self, gen):
        t = Task(gen)
        self.tasks[t.tid] = t
        self.ready.append(t)
        return t.tid

    def finish(self, task, value):
        del self.tasks[task.tid]
        self.results[task.tid] = value
        for w in self.waiting.pop(task.tid, []):
            w.sendval = value
            self.ready.append(w)

    def run(self):
        while self.ready:
            task = self.ready.popleft()
            try:
                result = task.step()
            except StopIteration as e:
                print(f"task {task.tid} done -> {e.value!r}")
                self.finish(task, e.value)
                continue
            except KeyboardInterrupt as e:
                print(f"task {task.tid} killed: {e}")
                self.finish(task, "killed")
                continue
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                self.ready.append(task)


def countdown(n):
    tid = yield GetTid()
    total = 0
    try:
        while n > 0:
            total += n
            n -= 1
            yield
    finally:
        print(f"  countdown {tid} cleanup at n={n}")
    return total


def summer(k):
    sub = yield from countdown(k)
    return sub * 10


def main():
    me = yield GetTid()
    a = yield Spawn(countdown(3))
    b = yield Spawn(summer(2))
    c = yield Spawn(countdown(100))
    print(f"main {me} spawned {a} {b} {c}")
    yield
    yield
    killed = yield Kill(c)
    missing = yield Kill(999)
    print("kill results", killed, missing)
    ra = yield Wait(a)
    rb = yield Wait(b)
    rc = yield Wait(c)
    return (ra, rb, rc)


s = Scheduler()
s.new(main())
s.run()
print(sorted(s.results.items()))

g = countdown(2)
next(g)
next(g)
g.close()
print("closed:", g.gi_frame)
try:
    g.send(1)
except StopIteration as e:
    print("after close:", repr(e))
