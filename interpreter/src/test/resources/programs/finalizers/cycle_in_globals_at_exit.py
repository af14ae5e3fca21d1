# A cycle that a global still reaches when the program ends is garbage once the globals are
# released, and the collection CPython runs while finalizing finds it: its __del__ runs and prints
# after the program's last line.
# refcount: expect cycle_in_globals_at_exit.refcount.out
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

plain = D("plain")
cyclic = D("cycle")
cyclic.me = cyclic
print("end of program")
