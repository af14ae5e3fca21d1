# os._exit in a thread other than the main one ends the whole program with its status, also when
# the main thread's body ends right after join(): no atexit callback runs.
import atexit, os, threading

atexit.register(print, "atexit ran", flush=True)
print("main: flushed", flush=True)
print("main: held in the buffer")

def worker():
    print("worker: exiting", flush=True)
    os._exit(4)

t = threading.Thread(target=worker)
t.start()
t.join()
