# Warnings in a library: warn with categories and stacklevel, filterwarnings actions (once, always, ignore, error, module), catch_warnings(record=True), simplefilter, showwarning/formatwarning overrides, warn_explicit, and the default output to stderr.
import warnings

def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2

def risky(n):
    if n > 3:
        warnings.warn(f"n={n} is large", RuntimeWarning)
    return n

class MyLibWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1); old_api(2); risky(5); risky(1)
    warnings.warn("custom", MyLibWarning)
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith(".py"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        risky(10)
    print("once:", len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        risky(10 + i)
    print("default (different texts):", len(caught))

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=RuntimeWarning)
    try:
        risky(99)
    except RuntimeWarning as e:
        print("raised:", e)
    warnings.filterwarnings("ignore", message=r"n=\d+ is large")
    risky(100)
    print("ignored by message")

def my_show(message, category, filename, lineno, file=None, line=None):
    print(f"[{category.__name__}] {message} (line {lineno})")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    old_api(3)
    warnings.warn("plain")
print(warnings.formatwarning("msg", UserWarning, "lib.py", 10, "code()"), end="")
print(repr(warnings.formatwarning("msg", FutureWarning, "lib.py", 5)))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit one", SyntaxWarning, "virtual.py", 42, module="virtual")
    warnings.warn(MyLibWarning("instance warning"))
    print([(w.category.__name__, w.filename, w.lineno, str(w.message)) for w in caught])
try:
    warnings.filterwarnings("explode")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print("TypeError:", e)
print(len(warnings.filters) > 0, warnings.filters[0][2].__name__ if warnings.filters else None)
warnings.simplefilter("default")
old_api(4)
risky(7)
warnings.warn("user warning at module level")
warnings.warn("user warning at module level")
warnings.warn("with stacklevel 2", stacklevel=2)
warnings.filterwarnings("error", category=MyLibWarning)
warnings.warn("now fatal", MyLibWarning)
