# A dead weakref's repr ends in "; dead>"; a live one names the referent's type.
import weakref

class Thing:
    pass

t = Thing()
r = weakref.ref(t)
text = repr(r)
print(text.startswith("<weakref at 0x"), "; to 'Thing' at 0x" in text)
del t
print(repr(r).startswith("<weakref at 0x"), repr(r).endswith("; dead>"))
