# collectors: generational
# At exit, module globals are cleared; __del__ may see other globals already gone (or not).
import sys

class Closer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name, "sys alive:", sys is not None, "helper:", helper_value)

helper_value = "present"
first = Closer("first")
second = Closer("second")
items = [Closer("in list 1"), Closer("in list 2")]
mapping = {"k": Closer("in dict")}

def make_cycle():
    a = Closer("cycle")
    a.self = a

make_cycle()
print("end of main module")
