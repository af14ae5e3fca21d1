# Default values are evaluated once, when the def runs: a mutable default is shared by calls.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2))
print(append_to.__defaults__)

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe(1), safe(2))
n = 10

def late(x=n):
    return x

n = 20
print(late(), late(5))
