# A whole application: an event-driven job scheduler on asyncio: jobs with dependencies and
# priorities, a worker pool reading an asyncio.PriorityQueue, events and a semaphore limiting a
# resource, retries with exceptions, cancellation and timeouts, a TaskGroup with an ExceptionGroup,
# and a log keyed by a virtual clock (a counter advanced by the jobs), never by wall time.
import asyncio
from dataclasses import dataclass, field
from enum import Enum
import itertools


class State(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Flaky(Exception):
    pass


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    steps: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=())
    fail_times: int = field(compare=False, default=0)
    state: State = field(compare=False, default=State.PENDING)
    attempts: int = field(compare=False, default=0)
    result: object = field(compare=False, default=None)


class Scheduler:
    def __init__(self, workers=3, gpu_slots=1):
        self.queue = asyncio.PriorityQueue()
        self.jobs = {}
        self.done_events = {}
        self.log = []
        self.tick = 0
        self.workers = workers
        self.gpu = asyncio.Semaphore(gpu_slots)
        self.seq = itertools.count()

    def note(self, who, what):
        self.tick += 1
        self.log.append(f"{self.tick:03d} {who:<9} {what}")

    def submit(self, name, priority=5, steps=1, deps=(), fail_times=0):
        job = Job(priority, next(self.seq), name, steps, tuple(deps), fail_times)
        self.jobs[name] = job
        self.done_events[name] = asyncio.Event()
        self.queue.put_nowait(job)
        return job

    async def execute(self, worker, job):
        for d in job.deps:
            if not self.done_events[d].is_set():
                self.note(worker, f"{job.name} waits for {d}")
                await self.done_events[d].wait()
            if self.jobs[d].state is not State.DONE:
                raise RuntimeError(f"dependency {d} of {job.name} is {self.jobs[d].state.value}")
        job.state = State.RUNNING
        while True:
            job.attempts += 1
            try:
                if job.name.startswith("gpu"):
                    async with self.gpu:
                        self.note(worker, f"{job.name} holds the gpu")
                        await self.work(job)
                else:
                    await self.work(job)
                return sum(len(self.jobs[d].name) for d in job.deps) + job.steps
            except Flaky as exc:
                self.note(worker, f"{job.name} attempt {job.attempts} failed: {exc}")
                if job.attempts > 2:
                    raise

    async def work(self, job):
        for step in range(job.steps):
            await asyncio.sleep(0)
        if job.attempts <= job.fail_times:
            raise Flaky(f"transient error #{job.attempts}")

    async def worker(self, name):
        while True:
            job = await self.queue.get()
            try:
                self.note(name, f"takes {job.name} (p{job.priority})")
                job.result = await self.execute(name, job)
                job.state = State.DONE
                self.note(name, f"finished {job.name} -> {job.result}")
            except asyncio.CancelledError:
                job.state = State.CANCELLED
                self.note(name, f"cancelled in {job.name}")
                raise
            except Exception as exc:
                job.state = State.FAILED
                job.result = f"{type(exc).__name__}: {exc}"
                self.note(name, f"failed {job.name}: {job.result}")
            finally:
                self.done_events[job.name].set()
                self.queue.task_done()

    async def run(self):
        tasks = [asyncio.create_task(self.worker(f"w{i}"), name=f"w{i}") for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return [type(r).__name__ for r in results]


async def main():
    s = Scheduler()
    s.submit("fetch", priority=1, steps=3)
    s.submit("parse", priority=2, steps=2, deps=["fetch"])
    s.submit("gpu-train", priority=3, steps=4, deps=["parse"], fail_times=1)
    s.submit("gpu-eval", priority=3, steps=2, deps=["parse"])
    s.submit("report", priority=4, deps=["gpu-train", "gpu-eval"])
    s.submit("flaky-upload", priority=6, steps=1, fail_times=5)
    s.submit("after-upload", priority=7, deps=["flaky-upload"])
    s.submit("cleanup", priority=9)
    states = await s.run()
    for line in s.log:
        print(line)
    print("worker tasks ended:", states)
    print(f"{'job':<14}{'state':<11}{'tries':>5}  result")
    for job in sorted(s.jobs.values()):
        print(f"{job.name:<14}{job.state.value:<11}{job.attempts:>5}  {job.result}")
    print("ticks:", s.tick)


async def timeouts_and_cancel():
    events = []

    async def slow(name, n):
        try:
            for i in range(n):
                await asyncio.sleep(0)
            events.append(f"{name} finished")
            return name
        except asyncio.CancelledError:
            events.append(f"{name} cancelled")
            raise

    try:
        async with asyncio.timeout(0.05):
            await asyncio.Event().wait()
    except TimeoutError as exc:
        events.append(f"timeout: {type(exc).__name__}")
    try:
        await asyncio.wait_for(asyncio.Event().wait(), timeout=0.01)
    except asyncio.TimeoutError:
        events.append("wait_for timed out")
    t = asyncio.create_task(slow("victim", 100))
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as exc:
        events.append(f"victim: {exc.args} cancelled()={t.cancelled()}")
    shielded = asyncio.create_task(slow("shielded", 3))
    outer = asyncio.ensure_future(asyncio.shield(shielded))
    await asyncio.sleep(0)
    outer.cancel()
    events.append(f"shield result: {await shielded}, outer cancelled: {outer.cancelled()}")
    done, pending = await asyncio.wait([asyncio.create_task(slow(f"r{i}", i)) for i in range(4)],
                                       return_when=asyncio.FIRST_COMPLETED)
    events.append(f"first completed: {sorted(t.result() for t in done)}, pending {len(pending)}")
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    order = []
    for fut in asyncio.as_completed([slow("c3", 3), slow("c1", 1), slow("c2", 2)]):
        order.append(await fut)
    events.append(f"as_completed: {order}")
    for e in events:
        print(" ", e)


async def task_group():
    async def job(n):
        await asyncio.sleep(0)
        if n % 3 == 0:
            raise ValueError(f"bad job {n}")
        if n == 4:
            raise KeyError(n)
        return n * n

    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(n), name=f"job{n}") for n in range(1, 7)]
    except* ValueError as eg:
        print("ValueErrors:", sorted(str(e) for e in eg.exceptions))
    except* KeyError as eg:
        print("KeyErrors:", [e.args for e in eg.exceptions], type(eg).__name__)
    print("task states:", [(t.get_name(), "cancelled" if t.cancelled() else t.exception() is None) for t in tasks])

    q = asyncio.Queue(maxsize=2)
    produced = []

    async def producer():
        for i in range(5):
            await q.put(i)
            produced.append(f"put{i}(size {q.qsize()})")
        await q.put(None)

    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got

    got, _ = await asyncio.gather(consumer(), producer())
    print("queue:", got, produced)
    cond = asyncio.Condition()
    ready = []

    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: len(ready) > 0)
            return f"waiter{i} saw {ready}"

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        ready.append("go")
        cond.notify_all()
    print(await asyncio.gather(*ws))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "called soon")
    print(await fut, fut.done(), repr(fut)[:36])


asyncio.run(main())
print("-- timeouts and cancellation")
asyncio.run(timeouts_and_cancel())
print("-- task group")
asyncio.run(task_group())
