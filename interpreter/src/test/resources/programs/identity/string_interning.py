# String constants that look like identifiers are interned, so every such literal anywhere is the
# same object; other literals are shared only within one compilation unit.
import sys

a = "hello_world"
print(a is eval("'hello_world'"))
b = "hello world!"
b2 = "hello world!"
print(b is b2, b is eval("'hello world!'"))

def runtime(s):
    return "".join(list(s))

r = runtime("hello_world")
print(r == a, r is a, sys.intern(r) is a)
