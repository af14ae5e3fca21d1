# gc.is_finalized is True once an object's __del__ has run (and it survived).
import gc

kept = []

class Lazarus:
    def __del__(self):
        kept.append(self)

x = Lazarus()
print(gc.is_finalized(x))
del x
print(len(kept), gc.is_finalized(kept[0]))
print(gc.is_finalized([]), gc.is_finalized(object()))
kept.clear()
print("cleared, no second __del__:", kept)
