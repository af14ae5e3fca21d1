# pdb.set_trace with where/up/down, until, jump, alias and ';;', help, post_mortem, pdb.run, quit
import pdb, io, sys

def inner(a):
    b = a + 1
    c = b * 2
    d = c - 3
    return d

def outer(a):
    res = inner(a)
    return res

def make_debugger(commands):
    out = io.StringIO()
    return pdb.Pdb(stdin=io.StringIO(commands), stdout=out, nosigint=True, readrc=False), out

def traced():
    global out
    dbg, out = make_debugger("""\
where
up
p a
up
down
down
down
alias show p %1, %2
alias
alias show
alias nosuch
show b c
n ;; n
until
jump 5
n
p b
u 5
d -1
unalias show
show
help alias
help nosuch
continue
""")
    dbg.set_trace()
    r = inner(10)
    return r

def caller():
    return traced()

r = caller()
print(r)
print(out.getvalue())

def boom(x):
    y = x * 2
    return y / 0

try:
    outer(1)
    boom(3)
except ZeroDivisionError:
    dbg, out = make_debugger("where\np x, y\nlist\nup\np a\nquit\n")
    dbg.reset()
    dbg.interaction(None, sys.exc_info()[2])
    print(out.getvalue())

dbg, out = make_debugger("step\nstep\nargs\nquit\n")
dbg.run("outer(4)", {"outer": outer})
print(out.getvalue())
print(dbg.runeval("outer(5)", {"outer": outer}))
dbg, out = make_debugger("help\n")
dbg.runcall(outer, 1)
print(out.getvalue())
