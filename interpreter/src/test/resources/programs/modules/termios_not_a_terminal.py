# termios and tty where no descriptor is a terminal (a pipe, the standard streams of a run): every call
# raises termios.error(25, ...) after checking its arguments, a closed descriptor error(9, ...); the constants.
import os, sys, termios, tty
r, w = os.pipe()
names = [n for n in dir(termios) if n.isupper()]
print(len(names), termios.TCSANOW, termios.TCSAFLUSH, termios.B38400, termios.ECHO, termios.ICANON, termios.TIOCGWINSZ)
print(termios.error.__mro__, termios.error.__module__)
calls = [
    ("tcgetattr(1)", lambda: termios.tcgetattr(1)),
    ("tcgetattr(sys.stdout)", lambda: termios.tcgetattr(sys.stdout)),
    ("tcgetattr(pipe)", lambda: termios.tcgetattr(r)),
    ("tcgetattr(99)", lambda: termios.tcgetattr(99)),
    ("tcgetattr('x')", lambda: termios.tcgetattr('x')),
    ("tcgetattr(-1)", lambda: termios.tcgetattr(-1)),
    ("tcsetattr bad list", lambda: termios.tcsetattr(1, termios.TCSANOW, [1, 2])),
    ("tcsetattr", lambda: termios.tcsetattr(w, termios.TCSANOW, [0, 0, 0, 0, 0, 0, []])),
    ("tcsendbreak", lambda: termios.tcsendbreak(w, 0)),
    ("tcdrain", lambda: termios.tcdrain(w)),
    ("tcflush", lambda: termios.tcflush(w, termios.TCIFLUSH)),
    ("tcflow", lambda: termios.tcflow(w, termios.TCOON)),
    ("tcgetwinsize", lambda: termios.tcgetwinsize(w)),
    ("tcsetwinsize bad", lambda: termios.tcsetwinsize(w, 5)),
    ("tcsetwinsize", lambda: termios.tcsetwinsize(w, (24, 80))),
    ("tty.setraw", lambda: tty.setraw(r)),
    ("tty.setcbreak", lambda: tty.setcbreak(sys.stdin)),
    ("tty.setraw closed", lambda: tty.setraw(98)),
]
for label, call in calls:
    try:
        print(label, call())
    except termios.error as e:
        print(label, "termios.error", e.args)
    except Exception as e:
        print(label, type(e).__name__, e)
print(tty.__all__, tty.IFLAG, tty.CC)
try:
    raise termios.error(5, "x")
except Exception as e:
    print(isinstance(e, OSError), e)
