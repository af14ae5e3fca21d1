# str.format hands back the very str it was given when that str is all of the output (the writer keeps
# the last piece written into an empty buffer as it is); anything around it, or a spec that changes it,
# makes a new str.
x = "hello"
print("{}".format(x) is x, "{0}".format(x) is x, "{:}".format(x) is x, "{!s}".format(x) is x)
print("{}".format(x) is str(x), "{x}".format(x=x) is x, "{x}".format_map({"x": x}) is x)
print("{}{}".format("", x) is x, "{}{}".format(x, "") is x, "a{}".format(x) is x, "{}!".format(x) is x)
print("{:>5}".format(x) is x, "{:>10}".format(x) is x, "{!r}".format(x) is x)
n = 12345
print("{}".format(n) == str(n), "{}".format(n) is str(n))
e = ""
print(repr("{}".format(e)), "{}".format(e) is e)
