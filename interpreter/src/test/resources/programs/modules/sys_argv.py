# sys.argv holds the script name as given on the command line, then the arguments.
# args: first --second third
import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
