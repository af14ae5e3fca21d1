# An error raised deep inside a pipeline of generators surfaces through each generator frame.
def read(lines):
    for n, line in enumerate(lines, 1):
        yield n, line.strip()

def parse(pairs):
    for n, text in pairs:
        key, value = text.split("=")
        yield key, int(value)

def total(items):
    return sum(v for _, v in items)

good = ["a=1", "b=2"]
print(total(parse(read(good))))
print(total(parse(read(good + ["c=three"]))))
