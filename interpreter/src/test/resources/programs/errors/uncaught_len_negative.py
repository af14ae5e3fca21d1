# A container whose __len__ goes negative: len() reports the ValueError CPython raises for it,
# raised from the call site in the program (no frame for len itself), after a bool() that
# already succeeded through __len__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def tick(self):
        self.n -= 1
        return self

c = Countdown(2)
print(bool(c), len(c))
c.tick().tick()
print(bool(c), len(c))
c.tick()
print("length", len(c))
