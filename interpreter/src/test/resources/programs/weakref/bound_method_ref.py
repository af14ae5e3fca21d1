# A weakref to a bound method dies at once: obj.meth makes a new temporary method object each
# time. WeakMethod keeps the function and a weakref to the instance instead.
import weakref

class C:
    def meth(self):
        return "called"

c = C()
r = weakref.ref(c.meth)
print("plain ref to c.meth:", r())
wm = weakref.WeakMethod(c.meth)
print("WeakMethod:", wm()())
del c
print("after del c:", wm())
