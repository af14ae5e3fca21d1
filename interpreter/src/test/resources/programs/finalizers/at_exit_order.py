# At interpreter exit the module's globals are released; objects still alive then get their
# __del__ (here in the order the globals were defined).
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

first = D("first")
second = D("second")
third = D("third")
print("end of program")
