# pdb driven by a scripted stdin: step, next, args, list, ll, display, up, down, pp, return, retval, whatis, ! statements
import pdb, io, sys

def add(a, b):
    total = a + b
    return total

def compute(n):
    values = []
    for i in range(n):
        values.append(add(i, i))
    result = sum(values)
    return result

def main():
    x = compute(3)
    y = x * 2
    return y

commands = """\
step
next
args
p n, values
list
ll
display len(values)
next
next
next
step
step
up
p n
down
pp {'k': list(range(3))}
return
retval
whatis add
whatis 3
!values = 'changed'
p values
continue
"""
out = io.StringIO()
dbg = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, nosigint=True, readrc=False)
print(dbg.runcall(main))
print(out.getvalue())
