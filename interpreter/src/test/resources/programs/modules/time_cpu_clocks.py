# time.process_time and time.thread_time (and their _ns forms) count CPU time, not elapsed time: a
# sleep adds almost nothing to a thread's clock, work adds to it; a sleeping thread's clock stays still
# while another thread works; the clocks only move forward; the _ns forms are ints that agree with the
# float forms; the functions take no arguments. No timings printed.
import threading
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


print([type(f()).__name__ for f in (time.process_time, time.thread_time, time.process_time_ns, time.thread_time_ns)])

t0, w0 = time.thread_time(), time.perf_counter()
time.sleep(0.5)
t1, w1 = time.thread_time(), time.perf_counter()
print("elapsed over a 0.5 s sleep at least 0.45 s:", w1 - w0 >= 0.45)
print("this thread's CPU over it under 0.25 s:", t1 - t0 < 0.25)

p0, t0 = time.process_time(), time.thread_time()
work(300_000)
p1, t1 = time.process_time(), time.thread_time()
print("work moves both clocks forward:", p1 > p0, t1 > t0)
print("the process's clock counts at least this thread's:", p1 - p0 >= (t1 - t0) * 0.9)

seen = {}


def sleeper():
    s0 = time.thread_time()
    time.sleep(0.3)
    seen["sleeper"] = time.thread_time() - s0


th = threading.Thread(target=sleeper)
th.start()
m0 = time.thread_time()
work(200_000)
m1 = time.thread_time()
th.join()
print("a sleeping thread's clock under 0.1 s:", seen["sleeper"] < 0.1, "the working one's moved:", m1 > m0)

for name in ("process_time", "thread_time"):
    ns = getattr(time, name + "_ns")
    a = ns()
    f = getattr(time, name)()
    b = ns()
    print(name, "ns forms ordered and agreeing:", a <= b, a / 1e9 - 0.01 <= f <= b / 1e9 + 0.01)

for f in (time.process_time, time.thread_time_ns):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
