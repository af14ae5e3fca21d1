# WeakMethod lives as long as the instance, not the bound method object; equality and callbacks.
import weakref
import gc

class Button:
    def __init__(self, label):
        self.label = label
    def click(self):
        return f"clicked {self.label}"

b = Button("ok")
wm = weakref.WeakMethod(b.click)
print(wm()())
print(wm() == b.click, wm() is b.click)
plain = weakref.ref(b.click)
print("plain ref to bound method dies at once:", plain() is None)
wm2 = weakref.WeakMethod(b.click)
print(wm == wm2, hash(wm) == hash(wm2) if False else "hash skipped")
dead = []
wm3 = weakref.WeakMethod(b.click, lambda r: dead.append("callback"))
del b
print(wm(), dead)
print(wm == wm2, wm != wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(Button.click)
except TypeError as e:
    print("TypeError:", e)

class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
wc = weakref.WeakMethod(Cls.make)
print(wc()())
