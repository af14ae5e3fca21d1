# sys.getallocatedblocks deltas for common objects
import sys, gc
gc.collect()
def blocks():
    return sys.getallocatedblocks()
r = []
b = blocks(); x = [1, 2, 3]; r.append(blocks() - b)
b = blocks(); y = {"a": 1}; r.append(blocks() - b)
b = blocks(); z = "a" * 50; r.append(blocks() - b)
b = blocks(); w = 10 ** 20; r.append(blocks() - b)
b = blocks(); v = 1.25 * 3; r.append(blocks() - b)
b = blocks(); s = {1, 2, 3}; r.append(blocks() - b)
class K:
    pass
b = blocks(); k = K(); r.append(blocks() - b)
b = blocks(); k.a = 1; r.append(blocks() - b)
b = blocks(); del x, y, z, w, v, s, k; r.append(blocks() - b)
print(r)
