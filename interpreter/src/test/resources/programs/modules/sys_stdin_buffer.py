# sys.stdin.buffer read alone (no text read first): readline, read(n), read1, peek, iteration of bytes
# lines, readlines; then sys.stdout.buffer writes interleaved with print (the text layer's pending
# text reaches the buffer only when it is flushed)
import sys

b = sys.stdin.buffer
print(b.readline())
print(b.readline(4), b.readline(-1))
print(b.read(3), b.read(0))
print(b.peek()[:6])
print(b.read1(4))
for i, line in enumerate(b):
    print(i, line)
    if i == 2:
        break
print(b.readlines())
print(b.read(), b.readline(), b.read1(5))
print('text first')
n = sys.stdout.buffer.write(b'bytes second\n')
print(n, sys.stdout.buffer.write(bytearray(b'ba\n')))
sys.stdout.flush()
sys.stdout.buffer.write('caf\u00e9\n'.encode())
sys.stdout.buffer.flush()
print('after the buffer flush')
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print(e)
print(repr(sys.stdout.buffer), repr(sys.stderr.buffer), sys.stdout.buffer.fileno(), sys.stdout.buffer.mode)
