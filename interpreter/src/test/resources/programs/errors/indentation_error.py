# An IndentationError is a SyntaxError subclass with its own message.
def f():
    x = 1
      y = 2
    return x
