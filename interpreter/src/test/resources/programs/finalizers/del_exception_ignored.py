# Exceptions raised in __del__ are printed as "Exception ignored in" and execution goes on.
class Faulty:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        if self.n % 2:
            raise RuntimeError(f"cannot close {self.n}")
        print("closed", self.n)

for i in range(4):
    f = Faulty(i)
del f
print("loop done")
class Chatty:
    def __del__(self):
        print("chatty del", undefined_name)
c = Chatty()
c = None
print("after chatty")
class Deep:
    def __del__(self):
        self.helper()
    def helper(self):
        return 1 / 0
Deep()
print("end")
