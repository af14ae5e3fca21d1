# Daemon threads still running when the program ends: one spinning in a pure Python loop (given
# the GIL at the eval breaker's switches), one sleeping in a loop, one blocked on a lock, one on
# queue.get, one in socket.accept, and a socketserver's serve_forever over its selector. At exit
# they are stopped without a word (CPython parks a daemon thread that asks for the GIL once the
# interpreter finalizes): nothing on stderr, exit code 0, the atexit callback runs first.
import atexit
import queue
import socket
import socketserver
import threading
import time

started = threading.Barrier(7)


def spin():
    started.wait()
    n = 0
    while True:
        n += 1


def nap():
    started.wait()
    while True:
        time.sleep(0.001)


held = threading.Lock()
held.acquire()


def blocked_on_lock():
    started.wait()
    held.acquire()
    print("never: the lock is never released")


jobs = queue.Queue()


def blocked_on_queue():
    started.wait()
    jobs.get()
    print("never: nothing is put")


listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()


def blocked_on_accept():
    started.wait()
    listener.accept()
    print("never: nobody connects")


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        pass


server = socketserver.TCPServer(("127.0.0.1", 0), Handler)


def serve():
    started.wait()
    server.serve_forever(poll_interval=0.01)


for target in (spin, nap, blocked_on_lock, blocked_on_queue, blocked_on_accept, serve):
    threading.Thread(target=target, name=target.__name__, daemon=True).start()
started.wait()
time.sleep(0.05)
print(sorted(t.name for t in threading.enumerate() if t.daemon))
atexit.register(print, "atexit callback")
print("main ends")
