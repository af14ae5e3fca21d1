# pdb reading its commands from a piped stdin (pdb.runcall, pdb.set_trace, pdb.post_mortem with no
# stream given): tbreak by function, break with a condition, commands with silent, until a line,
# jump, retval, a, w, u/d, display/undisplay, source, whatis, errors of p and of the commands
import pdb, sys

def scale(xs, k):
    out = []
    for x in xs:
        y = x * k
        out.append(y)
    return out

def summary(n):
    data = list(range(n))
    scaled = scale(data, 3)
    total = sum(scaled)
    label = 'total=%d' % total
    return label

def divide(a, b):
    q = a / b
    return q

print('runcall ->', pdb.runcall(summary, 4))

def traced():
    value = 5
    pdb.set_trace()
    value += 1
    value *= 2
    return value

print('set_trace ->', traced())

try:
    divide(1, 0)
except ZeroDivisionError:
    pdb.post_mortem(sys.exc_info()[2])
print('done')
