# Cyclic garbage left at exit is collected by the collection CPython runs at shutdown, so its
# __del__ runs after the program's last line, before the remaining globals are released.
# refcount: expect cycle_at_exit.refcount.out
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

c = D("cycle")
c.me = c
del c
g = D("global")
print("end of program")
