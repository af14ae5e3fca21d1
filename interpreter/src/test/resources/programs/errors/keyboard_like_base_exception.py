# An uncaught BaseException subclass that is not an Exception still prints a traceback, exit 1.
class Stop(BaseException):
    pass

print("raising")
raise Stop("stopped by the program")
