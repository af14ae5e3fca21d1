# Which formatting results are the argument itself.
s = "".join(["he", "llo"])
print(format(s) is s, format(s, "") is s, str(s) is s, ("{}".format(s)) is s, f"{s}" is s)
print(("%s" % s) is s, ("%s " % s) is s, ("%r" % s) is s)
n = 12345
print(("%d" % n) == str(n), ("%s" % n) == "12345")
e = ""
print(("%s" % e) is e, ("%s" % e) == "")
