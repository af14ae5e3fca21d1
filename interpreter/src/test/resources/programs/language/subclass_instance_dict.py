# An instance of a subclass has its own class's attribute layout: its __dict__ (made on first
# request from the base's __dict__ descriptor) holds exactly its attributes, whatever the base's
# instances hold.
class Base:
    pass

class Child(Base):
    pass

wide = Base()
for i in range(30):
    setattr(wide, "a%d" % i, [i])
narrow = Child()
narrow.x = 1
filler = [[n] for n in range(50)]
print(vars(narrow), len(vars(wide)))
narrow.__dict__ = {"y": 2}
print(narrow.y, vars(narrow), narrow.__dict__ is vars(narrow))
