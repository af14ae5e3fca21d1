# __del__ of module globals at interpreter shutdown: still able to use builtins and other globals.
# collectors: generational
import sys

class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("shutdown del", self.name, len(self.name), sys is not None)

first = Tracker("first")
second = Tracker("second")
pair = [Tracker("in list 1"), Tracker("in list 2")]
cyc = Tracker("cycle")
cyc.me = cyc

def main():
    local = Tracker("local")
    print("main done")

main()
print("program end")
