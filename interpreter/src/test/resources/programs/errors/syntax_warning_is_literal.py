# The compiler warns (SyntaxWarning on stderr, before anything runs) about `is` with a literal.
print("start")
x = 1000
print(x is 1000)
print("done")
