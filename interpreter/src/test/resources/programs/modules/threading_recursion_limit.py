# A thread started by threading reaches the recursion limit as the main thread does: plain Python
# recursion and recursion through a special method (repr calling repr) raise RecursionError, and
# recursion below the limit completes. threading.stack_size() sets the stack of threads started
# afterwards and returns the previous setting; called without an argument it sets the default (0).
import threading

results = []

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

class Node:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "leaf" if self.n == 0 else repr(Node(self.n - 1))

def body():
    try:
        deep(5000)
    except RecursionError as e:
        results.append("python recursion: " + str(e))
    try:
        repr(Node(5000))
    except RecursionError as e:
        results.append("repr recursion: RecursionError")
    results.append(deep(950))
    results.append(repr(Node(300)))

def run():
    results.clear()
    t = threading.Thread(target=body)
    t.start()
    t.join()
    print(results)

run()
print("default:", threading.stack_size())
print("set 1 MiB, previous:", threading.stack_size(1 << 20))
print("no argument returns it and resets:", threading.stack_size(), threading.stack_size())
for size in (-1, 100, 32767):
    try:
        threading.stack_size(size)
    except ValueError as e:
        print(size, "ValueError:", e)
print("32768 accepted, previous:", threading.stack_size(32768), threading.stack_size(512 * 1024))
run()
print("reset, previous:", threading.stack_size(0))
run()
