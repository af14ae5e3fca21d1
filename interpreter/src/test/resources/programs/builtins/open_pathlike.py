# open() takes an os.PathLike (a class with __fspath__) for reading and writing, and refuses
# other objects and an __fspath__ that returns something else.
import os, tempfile

class Where:
    def __init__(self, path):
        self.path = path
    def __fspath__(self):
        return self.path

with tempfile.TemporaryDirectory() as d:
    target = Where(os.path.join(d, "f.txt"))
    with open(target, "w") as f:
        f.write("written through __fspath__\n")
    with open(target) as f:
        print(f.read(), end="")
    with open(target, "rb") as f:
        print(f.read())
for bad in [4.5, Where(3.5), None]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError:", e)
