# str % keeps a str whole when it is all the result (PyUnicode_Format's writer).
s = "".join(["ab", "cd"])
print(("%s" % s) is s, ("%s" % (s,)) is s)
print(("%5s" % s) is s, ("x%s" % s) is s, ("%s!" % s) is s, ("%+s" % s) is s)
print(("%.9s" % s) is s, ("%.2s" % s) == "ab")
print(("%(k)s" % {"k": s}) is s)
f = "".join(["no", " format"])
print((f % ()) is f, (f % {}) is f)
class S(str):
    pass
t = S("sub")
print(("%s" % t) is t, type("%s" % t).__name__)
class R:
    cached = "".join(["re", "pr"])
    def __repr__(self):
        return R.cached
    __str__ = __repr__
print(("%r" % R()) is R.cached, ("%s" % R()) is R.cached, ("%a" % R()) is R.cached)
print(("%s%s" % ("", s)) is s, ("%%%s" % s) is s)
