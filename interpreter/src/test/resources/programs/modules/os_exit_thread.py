# os._exit in a thread other than the main one ends the whole program with its status: the main
# thread goes no further (what it printed without a flush is lost), no atexit callback runs.
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
for i in range(100000):
    pass
print("main: after the thread", flush=True)
