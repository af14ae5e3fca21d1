# pdb breakpoints: break by line and function, conditions, ignore counts, tbreak, disable/enable, clear, commands
import pdb, io, sys

def square(v):
    r = v * v
    return r

def run(n):
    acc = 0
    for k in range(n):
        acc += square(k)
    return acc

commands = """\
break 5
break square, v == 3
b
tbreak 12
ignore 1 2
condition 2
condition 2 v >= 2
b 99
b nosuch
disable 2
enable 2
commands 1
silent
p 'bp1 hit', v
end
continue
p v
continue
p v, acc
continue
b
clear 2
clear 7
continue
cl 1
b
continue
"""
out = io.StringIO()
dbg = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, nosigint=True, readrc=False)
print(dbg.runcall(run, 5))
print(out.getvalue())
