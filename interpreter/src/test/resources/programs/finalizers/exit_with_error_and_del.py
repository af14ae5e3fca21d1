# An uncaught exception ends the program: the traceback is printed before globals' __del__ runs.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

r1 = Res("global one")

def fail():
    local = Res("local in failing frame")
    raise RuntimeError("fatal")

r2 = Res("global two")
print("about to fail")
fail()
