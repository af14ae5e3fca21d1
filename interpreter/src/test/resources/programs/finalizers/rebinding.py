# Rebinding a name frees the old object right after the new one is stored.
class D:
    def __init__(self, name):
        self.name = name
        print("made", name)

    def __del__(self):
        print("__del__", self.name)

x = D("first")
x = D("second")
print("after rebinding")
x = None
print("after x = None")
