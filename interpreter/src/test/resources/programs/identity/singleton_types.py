# The types of None, NotImplemented and Ellipsis make their one instance when called with no
# arguments, and refuse arguments.
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ..., type(...)() is Ellipsis)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
for t in (type(None), type(NotImplemented), type(...)):
    for call in (lambda: t(1), lambda: t(x=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
