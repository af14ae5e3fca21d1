# A program that leaves by SystemExit(3) while daemon threads run Python (a loop calling a function,
# a loop sleeping, a thread started by _thread.start_new_thread, which nothing joins): the exit
# code is 3, the threads are stopped silently, and a finally block in a daemon thread never runs
# (CPython does not unwind a daemon thread's frames at exit).
import _thread
import threading
import time

ready = threading.Semaphore(0)


def work(x):
    return x * 2


def busy():
    ready.release()
    try:
        total = 0
        while True:
            total = work(total) % 1000003
    finally:
        print("never: a daemon thread's finally block")


def sleeper():
    ready.release()
    while True:
        time.sleep(0.001)


threading.Thread(target=busy, daemon=True).start()
threading.Thread(target=sleeper, daemon=True).start()
_thread.start_new_thread(sleeper, ())
for _ in range(3):
    ready.acquire()
time.sleep(0.05)
print("leaving with 3")
raise SystemExit(3)
