# Seed article 004: printing an object shows its address in hex, id() the same address in base 10
# (shown here as comparisons: addresses change from run to run).
class Person:
    pass

p = Person()
text = str(p)
print(text.startswith("<__main__.Person object at 0x"))
print(text.endswith(hex(id(p)) + ">"))
print(int(hex(id(p)), 16) == id(p))
