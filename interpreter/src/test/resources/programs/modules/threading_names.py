# Thread names: the main thread is "MainThread"; unnamed threads are "Thread-N (target)".
import threading

def report(box):
    box.append(threading.current_thread().name)

names = []
t1 = threading.Thread(target=report, args=(names,))
t2 = threading.Thread(target=report, args=(names,), name="worker")
t1.start()
t1.join()
t2.start()
t2.join()
print(threading.main_thread().name, names, t1.name, t2.name)
print(t1.daemon, threading.Thread(target=report).name)
