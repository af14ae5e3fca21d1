# A log-reading pipeline of generators left suspended halfway: each generator keeps its frame,
# its locals and the upstream generator alive; gi_frame, gi_suspended and the refcounts show
# it, and close() releases the chain from the outermost generator inwards.
import gc
import sys


class Line(str):
    pass


def read_lines(lines):
    buffer = [Line(x) for x in lines]
    try:
        for line in buffer:
            yield line
    finally:
        print("  read_lines finally")


def parse(lines):
    for line in lines:
        level, _, message = line.partition(":")
        yield level, message


def only_errors(records):
    count = 0
    for level, message in records:
        if level == "ERROR":
            count += 1
            yield count, message


source = ["INFO:start", "ERROR:disk", "INFO:retry", "ERROR:net", "ERROR:cpu"]
reader = read_lines(source)
parser = parse(reader)
errors = only_errors(parser)
print(next(errors))
print("suspended:", errors.gi_suspended, parser.gi_suspended, reader.gi_suspended)
print("frame locals of errors:", sorted(errors.gi_frame.f_locals))
print("errors.count =", errors.gi_frame.f_locals["count"])
print("reader refcount:", sys.getrefcount(reader))
print("parser yields from reader:", parser.gi_frame.f_locals["lines"] is reader)
first_line = reader.gi_frame.f_locals["buffer"][0]
print("buffer line refcount:", sys.getrefcount(first_line))
del reader, parser
print("closing the outermost")
errors.close()
print("frames after close:", errors.gi_frame)
print("buffer line refcount now:", sys.getrefcount(first_line))
print("garbage:", gc.collect())


def never_started():
    big = list(range(10))
    yield big


g = never_started()
print("unstarted frame locals:", g.gi_frame.f_locals, g.gi_frame.f_lasti)
del g
print("done")
