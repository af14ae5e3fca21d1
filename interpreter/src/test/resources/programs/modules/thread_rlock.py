# _thread.RLock (the C RLock threading uses): re-entry, ownership, the Condition protocol
# (_release_save/_acquire_restore), CPython's errors; sys.excepthook printing a traceback.
import _thread
import sys

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
r.release()
print(r._recursion_count())
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned(), repr(r).split(" object")[0])
r._acquire_restore(state)
print(r._recursion_count())
r.release()
for bad in [r.release, r._release_save]:
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
with r:
    print("inside", r._is_owned())
print(r._is_owned(), type(r).__name__, isinstance(r, _thread.RLock))
done = _thread.allocate_lock()
done.acquire()
other = []
def contend():
    other.append(r.acquire(False))
    done.release()
r.acquire()
_thread.start_new_thread(contend, ())
done.acquire()
print(other)
r.release()
try:
    raise KeyError("shown by excepthook")
except KeyError:
    sys.excepthook(*sys.exc_info())
print("after")
