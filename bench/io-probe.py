# Text and binary file speed: run under python3 and under ./pyheap run, compare the times.
# A 10 MB, 222k-line UTF-8 file (mostly ASCII lines, every 16th with a non-ASCII character);
# each case runs three times and the least wall time and the least process CPU time are printed, in ms.
#   python3 bench/io-probe.py [DIR]   /   ./pyheap run bench/io-probe.py [DIR]
import os
import sys
import time

folder = sys.argv[1] if len(sys.argv) > 1 else '/tmp'
path = os.path.join(folder, 'io-probe-%d.txt' % os.getpid())
out = os.path.join(folder, 'io-probe-out-%d.txt' % os.getpid())
path16 = os.path.join(folder, 'io-probe16-%d.txt' % os.getpid())
LINES = 222_000
lines = []
for i in range(LINES):
    word = 'caf\u00e9' if i % 16 == 0 else 'cafe'
    lines.append('%06d %s quick brown fox jumps over %d\n' % (i, word, i * 7))
with open(path, 'w', encoding='utf-8') as f:
    f.write(''.join(lines))
with open(path16, 'w', encoding='utf-16') as f:
    f.write(''.join(lines[:40000]))


def text_iter():
    n = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            n += 1
    return n


def text_readline():
    n = 0
    with open(path, encoding='utf-8') as f:
        while f.readline():
            n += 1
    return n


def text_read():
    with open(path, encoding='utf-8') as f:
        return len(f.read())


def text_readlines():
    with open(path, encoding='utf-8') as f:
        return len(f.readlines())


def binary_iter():
    n = 0
    with open(path, 'rb') as f:
        for line in f:
            n += 1
    return n


def binary_readline():
    n = 0
    with open(path, 'rb') as f:
        while f.readline():
            n += 1
    return n


def binary_read():
    with open(path, 'rb') as f:
        return len(f.read())


def binary_readlines():
    with open(path, 'rb') as f:
        return len(f.readlines())


def text_read_n():
    n = 0
    with open(path, encoding='utf-8') as f:
        while True:
            s = f.read(100)
            if not s:
                return n
            n += len(s)


def latin1_read():
    with open(path, encoding='latin-1') as f:
        return len(f.read())


def latin1_iter():
    n = 0
    with open(path, encoding='latin-1') as f:
        for line in f:
            n += 1
    return n


def binary_read_n():
    n = 0
    with open(path, 'rb') as f:
        while True:
            b = f.read(100)
            if not b:
                return n
            n += len(b)


def binary_readinto():
    n = 0
    buf = bytearray(65536)
    with open(path, 'rb') as f:
        while True:
            k = f.readinto(buf)
            if not k:
                return n
            n += k


def text_seek_tell():
    n = 0
    cookies = []
    with open(path, encoding='utf-8') as f:
        for i in range(20000):
            f.readline()
            cookies.append(f.tell())
        for c in reversed(cookies):
            f.seek(c)
            n += len(f.read(5))
    return n


def text_write():
    with open(out, 'w', encoding='utf-8') as f:
        for line in lines:
            f.write(line)
    return os.path.getsize(out)


def text_print():
    with open(out, 'w', encoding='utf-8') as f:
        for line in lines:
            print(line, end='', file=f)
    return os.path.getsize(out)


def latin1_seek_tell():
    n = 0
    cookies = []
    with open(path, encoding='latin-1') as f:
        for i in range(20000):
            f.readline()
            cookies.append(f.tell())
        for c in reversed(cookies):
            f.seek(c)
            n += len(f.read(5))
    return n


def binary_seek_tell():
    n = 0
    cookies = []
    with open(path, 'rb') as f:
        for i in range(20000):
            f.readline()
            cookies.append(f.tell())
        for c in reversed(cookies):
            f.seek(c)
            n += len(f.read(5))
    return n


def utf16_read():
    with open(path16, encoding='utf-16') as f:
        return len(f.read())


def utf16_iter():
    n = 0
    with open(path16, encoding='utf-16') as f:
        for line in f:
            n += 1
    return n


def utf16_seek_tell():
    n = 0
    cookies = []
    with open(path16, encoding='utf-16') as f:
        for i in range(2000):
            f.readline()
            cookies.append(f.tell())
        for c in reversed(cookies):
            f.seek(c)
            n += len(f.read(5))
    return n


cases = [text_iter, text_readline, text_read, text_readlines, binary_iter, binary_readline,
         binary_read, binary_readlines, text_write, text_print, text_read_n, latin1_read, latin1_iter,
         binary_read_n, binary_readinto, text_seek_tell, latin1_seek_tell, binary_seek_tell,
         utf16_read, utf16_iter, utf16_seek_tell]
only = os.environ.get('IO_PROBE')
try:
    for case in cases:
        if only and only not in case.__name__:
            continue
        best = cpu = None
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            result = case()
            t, c = time.perf_counter() - t, time.process_time() - c
            best = t if best is None or t < best else best
            cpu = c if cpu is None or c < cpu else cpu
        print('%-18s %9.1f ms  (cpu %9.1f ms)  %d' % (case.__name__, best * 1000, cpu * 1000, result), flush=True)
finally:
    for p in (path, out, path16):
        if os.path.exists(p):
            os.remove(p)
