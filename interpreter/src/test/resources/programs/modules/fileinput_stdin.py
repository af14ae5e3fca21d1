# fileinput with no file names reads standard input ('-'), here NAME.in: the names and counters it
# reports for it, then '-' named explicitly in binary mode finding the input already consumed
import fileinput
import sys

for line in fileinput.input():
    print(fileinput.filename(), fileinput.isstdin(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), repr(line))
print(sys.stdin.closed)
with fileinput.input(files=['-'], mode='rb') as f:
    print(list(f))
