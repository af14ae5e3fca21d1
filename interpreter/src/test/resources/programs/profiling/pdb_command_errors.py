# pdb's commands given bad or unusual arguments: break by file:line, module.function and quoted names,
# bad files and line numbers, blank lines, clear by file:line and number, enable/disable/ignore/condition
# errors, up/down counts, list ranges and counts, whatis of each kind, undisplay, help errors, jump/until
import pdb, io, sys

class Box:
    def method(self, v):
        w = v + 1
        return w

def work(n):
    dbg.set_trace()
    box = Box()

    total = box.method(n)
    # a comment line
    return total

# clear takes a file name as given (relative to the working directory): the absolute one here
script = f"""\
break pdb_command_errors.py:9
break nosuchfile.py:3
break pdb_command_errors.py:x
break 14
break 16
break 999
break Box.method
break 'work'
break self.method
break self
break ''
break a'b
break
clear {__file__}:x
clear {__file__}:4
clear {__file__}:9
clear 99 x 2
enable
enable 3 7
disable 3 0
ignore
ignore 3
ignore 3 1
ignore 3 4
ignore x 1
condition
condition 3
condition 3 n > 0
condition 99 n
up x
up -1
up
down 0
down -3
down
list 1, 3
list 10, 2
list x
list 5
list .
list
whatis Box
whatis Box().method
whatis work
whatis 42
whatis undefined_name
display
undisplay n
display n
undisplay
display
help nosuch
help whatis
h
alias
unalias nosuch
jump x
until x
until 1
p (1, [2, {{3: 'x'}}])
pp {{'key%d' % i: 'v' * i for i in range(9)}}
p undefined_name
pp undefined_name
args
continue
"""
out = io.StringIO()
dbg = pdb.Pdb(stdin=io.StringIO(script), stdout=out, nosigint=True, readrc=False)
print(work(2))
print(out.getvalue())
