# threading.enumerate, active_count, main_thread, current_thread, get_ident/get_native_id while
# threads run and after they end.
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])
main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.daemon, main.is_alive())
print(main.ident == threading.get_ident(), isinstance(threading.get_native_id(), int))
go = threading.Event()
ready = threading.Semaphore(0)
idents = []
def work():
    idents.append((threading.get_ident(), threading.current_thread().ident))
    ready.release()
    go.wait()
ts = [threading.Thread(target=work, name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(a == b for a, b in idents), len(set(idents)), threading.get_ident() not in {a for a, _ in idents})
print(threading.current_thread() in threading.enumerate(), ts[0] in threading.enumerate())
go.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.main_thread() is main, threading.current_thread().name)
