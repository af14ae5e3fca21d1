# What happens to objects at interpreter exit? Module globals are cleared and __del__ runs.
# The exit order is the generation lists' order; the other collectors clear the globals instead.
# collectors: generational
import sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)

first = Res("first")
second = Res("second")
container = [Res("in-list-1"), Res("in-list-2")]
mapping = {"k": Res("in-dict")}

def register():
    global late
    late = Res("late-global")

register()
print("main body done")
