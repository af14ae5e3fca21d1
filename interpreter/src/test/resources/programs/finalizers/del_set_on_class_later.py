# A __del__ given to a class after its instances exist runs when they die; once deleted from the
# class again, it no longer runs.
class C:
    pass

a = C()
b = C()
a.name = "a"
b.name = "b"
C.__del__ = lambda self: print("del", self.name)
del a
print("after del a")
del C.__del__
del b
print("after del b")
c = C()
c.name = "c"
C.__del__ = lambda self: print("del again", self.name)
c = None
print("end")
