# Threads: a connection made with check_same_thread=False used from other threads; one thread
# waiting inside SQLite (a write blocked by another connection's lock, under the busy timeout)
# does not hold the GIL, so the main thread can run and release the lock; connections of their
# own per thread; the check_same_thread refusal for cursors of another thread.
import os
import sqlite3
import tempfile
import threading
import time

folder = tempfile.mkdtemp()
path = os.path.join(folder, "shared.sqlite")
setup = sqlite3.connect(path)
setup.execute("create table log(who, n)")
setup.commit()
setup.close()

holder = sqlite3.connect(path, isolation_level=None)
holder.execute("begin exclusive")
holder.execute("insert into log values ('holder', 0)")
outcome = []


def blocked_writer():
    con = sqlite3.connect(path, timeout=30)
    started = time.monotonic()
    try:
        con.execute("insert into log values ('writer', 1)")
        con.commit()
        outcome.append("writer committed")
    except sqlite3.OperationalError as e:
        outcome.append(f"writer failed: {e}")
    con.close()


writer = threading.Thread(target=blocked_writer)
writer.start()
time.sleep(0.3)           # let the writer reach SQLite's busy wait
holder.execute("commit")  # needs the GIL while the writer waits inside sqlite3_step
writer.join()
print(outcome)
holder.close()

shared = sqlite3.connect(path, check_same_thread=False)
lock = threading.Lock()


def worker(n):
    for i in range(20):
        with lock:
            shared.execute("insert into log values (?, ?)", (f"t{n}", i))
            shared.commit()


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.execute("select who, count(*), sum(n) from log group by who order by who").fetchall())

own = sqlite3.connect(":memory:")
cursor = own.cursor()
messages = []


def misuse():
    for action in (lambda: cursor.execute("select 1"), lambda: own.commit(), lambda: own.close(),
                   lambda: own.row_factory, lambda: own.isolation_level):
        try:
            action()
            messages.append("allowed")
        except sqlite3.ProgrammingError as e:
            messages.append(str(e).split(".")[0])


t = threading.Thread(target=misuse)
t.start()
t.join()
for m in messages:
    print(m)
shared.close()
os.remove(path)
os.rmdir(folder)
