# str(), format(), f-strings and %-formatting of subclasses of the built-in types that define
# only __repr__ (or only __str__): str and bytes keep their own __str__, int, float and complex
# take object's (so str() is the repr), an empty format spec writes str(self), a non-empty one
# formats the value; exceptions keep BaseException.__str__.
class Tag(str):
    def __repr__(self):
        return "Tag(%s)" % super().__repr__()

class Count(int):
    def __repr__(self):
        return "Count<%d>" % int(self)

class Ratio(float):
    def __repr__(self):
        return "Ratio<%g>" % float(self)

class Z(complex):
    def __repr__(self):
        return "Z!"

class Blob(bytes):
    def __repr__(self):
        return "Blob!"

class Loud(int):
    def __str__(self):
        return "LOUD" + int.__repr__(self)

class AppError(Exception):
    def __repr__(self):
        return "AppError!"

class Flagged(str):
    def __str__(self):
        return self.upper()

t, c, r, z, b = Tag("abc"), Count(7), Ratio(0.25), Z(1, 2), Blob(b"xy")
for v in (t, c, r, z, b, Loud(5), Flagged("quiet")):
    print(type(v).__name__, "|", str(v), "|", repr(v), "|", f"{v}", "|", "%s" % (v,), "|", format(v), "|", "{}".format(v), "|", "{!s}".format(v))
print(f"{c:>6}|{c:x}|{r:.3f}|{t:>5}|{z:.1f}|{Loud(5):03d}")
print([t, c], {t: c}, (r,), str([t]), ", ".join([t, t]))
print(t + "!", type(t + "!").__name__, t.upper(), type(t[0]).__name__, "%r" % t, "%d" % c, "%.2f" % r)
e = AppError("disk full", 3)
print(str(e), "|", repr(e), "|", f"{e}", "|", e.args)
print(str(AppError("one")), "|", "%s" % AppError("two"))
try:
    raise AppError("uncaught soon")
except AppError as exc:
    import traceback
    print(traceback.format_exception_only(type(exc), exc), end="")
print(str(True), f"{True}", f"{True:d}", format(False, ""), f"{True!r}")
class Mode(str):
    pass
print(str(Mode("m")), f"{Mode('m'):^5}", Mode("m") == "m")
raise AppError("fatal", "config")
