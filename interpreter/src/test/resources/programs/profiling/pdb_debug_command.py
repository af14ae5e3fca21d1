# pdb's debug command: a recursive debugger entered through sys.call_tracing, stepping into a call.
import io, pdb, sys
def helper(n):
    total = n * 2
    return total + 1
def main():
    x = 10
    return x
cmds = io.StringIO("next\ndebug helper(3)\nstep\nnext\np total\ncontinue\ncontinue\n")
out = io.StringIO()
p = pdb.Pdb(stdin=cmds, stdout=out, nosigint=True)
p.use_rawinput = False
p.runcall(main)
import re
print(re.sub(r"/[^ ]*/", "", out.getvalue()))
