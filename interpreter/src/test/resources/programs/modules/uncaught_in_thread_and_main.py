# Failures in worker threads and then in the main thread: the default threading.excepthook's report on stderr, a custom excepthook collecting args, an exception in a Timer, and an uncaught exception ending the program while a non-daemon thread finishes.
import sys
import threading

def divide(a, b):
    return a / b

def worker(values):
    total = 0
    for v in values:
        total += divide(100, v)
    print("worker total", total)

t = threading.Thread(target=worker, args=([1, 2, 0],), name="Worker-A")
t.start(); t.join()
print("main sees thread alive:", t.is_alive())

collected = []
def hook(args):
    collected.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=worker, args=(["x"],), name="Worker-B")
t.start(); t.join()
threading.excepthook = old
print(collected)
timer = threading.Timer(0.01, divide, args=(1, 0))
timer.name = "Timer-Z"
timer.start(); timer.join()
done = threading.Event()
def late():
    done.wait(5)
    print("late thread finished after main's error")
threading.Thread(target=late).start()
def main():
    try:
        divide(1, 0)
    finally:
        done.set()
main()
