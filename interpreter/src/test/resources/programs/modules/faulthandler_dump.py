# faulthandler: dump_traceback of the calling thread and of all threads (CPython's header lines,
# "Current thread"/"Thread", blank lines between threads, 'File "...", line N in f' entries),
# written to a descriptor or a file object; enable/disable/is_enabled, dump_traceback_later
# with its "Timeout (h:mm:ss.ffffff)!" header and cancel, register/unregister on a signal, the
# errors. Thread idents and library frames vary, so the dumps are normalized: idents become ID,
# only this file's frames are kept.
import faulthandler
import os
import re
import signal
import sys
import tempfile
import threading

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'dump.txt')


def show(title):
    with open(path) as f:
        text = f.read()
    print('--', title)
    for line in text.splitlines():
        line = re.sub(r'0x[0-9a-f]{16}', '0xID', line)
        if line.startswith('  File ') and 'faulthandler_dump.py' not in line:
            continue
        print(repr(line.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')))


def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)


def outer(f, all_threads=True):
    inner(f, all_threads)


with open(path, 'w') as f:
    outer(f, all_threads=False)
show('calling thread only, to a file object')

fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
outer(fd)
os.close(fd)
show('all threads (only this one), to a descriptor')

ready = threading.Event()
release = threading.Event()


def worker_wait():
    ready.set()
    release.wait()


t = threading.Thread(target=worker_wait)
t.start()
ready.wait()
with open(path, 'w') as f:
    outer(f)
show('two threads')

print(faulthandler.is_enabled())
with open(path, 'w') as f:
    faulthandler.enable(file=f)
    print(faulthandler.is_enabled())
    faulthandler.disable()
print(faulthandler.is_enabled())

with open(path, 'w') as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    release.wait(0.5)
    faulthandler.cancel_dump_traceback_later()
show('later, from the watchdog (no current thread)')
faulthandler.cancel_dump_traceback_later()

with open(path, 'w') as f:
    faulthandler.dump_traceback_later(60, file=f)
    faulthandler.cancel_dump_traceback_later()
show('cancelled before its time')

with open(path, 'w') as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    os.kill(os.getpid(), signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
show('on SIGUSR1')

release.set()
t.join()

import io
for call in [lambda: faulthandler.dump_traceback(io.StringIO()),
             lambda: faulthandler.dump_traceback(-1),
             lambda: faulthandler.dump_traceback_later(0),
             lambda: faulthandler.dump_traceback_later(-2.5),
             lambda: faulthandler.register(signal.SIGSEGV)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
os.remove(path)
os.rmdir(folder)
