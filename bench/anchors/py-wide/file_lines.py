# reading and writing a temp file line by line: text mode write, iteration, readline, split, binary read.
import os
import tempfile

fd, path = tempfile.mkstemp(suffix=".txt")
os.close(fd)
total = 0
try:
    for _ in range(3):
        with open(path, "w") as f:
            for i in range(200000):
                f.write("%d,%s,%.2f\n" % (i, "name%d" % (i % 1000), i * 0.5))
        with open(path) as f:
            for line in f:
                a, b, c = line.rstrip("\n").split(",")
                total += int(a) + len(b)
        with open(path) as f:
            while True:
                line = f.readline()
                if not line:
                    break
                total += len(line)
        with open(path, "rb") as f:
            data = f.read()
            total += data.count(b"\n")
        with open(path) as f:
            total += len(f.readlines())
finally:
    os.unlink(path)
print(total)
