# an unbounded recursion: the traceback's repeated-line summary and the RecursionError message
import sys
print(sys.getrecursionlimit())
def fact(n):
    return n * fact(n - 1)
try:
    fact(5)
except RecursionError as e:
    print("caught:", e)
def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)
print(count_down(900))
sys.setrecursionlimit(120)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
