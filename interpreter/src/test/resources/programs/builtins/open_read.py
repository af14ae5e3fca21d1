# open() reads files: text mode gives str (read, readline, readlines, iteration), 'rb' gives
# bytes; `with` closes the file; a missing file is FileNotFoundError.
with open(__file__) as f:
    first = f.readline()
    rest = f.readlines()
print(first.rstrip("\n"), first.endswith("\n"), len(rest), rest[-1].endswith("\n"), type(f).__name__)
f = open(__file__, "rb")
data = f.read(7)
print(data, type(data).__name__, len(f.read()) + 7 == len(open(__file__, "rb").read()))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(sum(1 for line in open(__file__)), open(__file__).read(2))
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
# the end
