# An object referenced only by a frame dies when the exception that holds that frame's traceback
# is released at the end of the except block.
class D:
    def __del__(self):
        print("  __del__")

def fails():
    local = D()
    raise RuntimeError("x")

try:
    fails()
except RuntimeError:
    print("in except block: the traceback keeps the frame and its local")
print("after the except block")
