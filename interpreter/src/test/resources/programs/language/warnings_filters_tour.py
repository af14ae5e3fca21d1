# warnings: filters by category and message regex, once/always/error actions, warn with stacklevel, catch_warnings record, showwarning formatting on stderr, DeprecationWarning defaults in __main__
import warnings

def old_api():
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return 1

def noisy(i):
    warnings.warn(f"noisy call {i}", UserWarning)

old_api()
for i in range(3):
    noisy(i)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(2):
        noisy(i)
    old_api()
    warnings.warn("resource", ResourceWarning)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="noisy call 7")
    noisy(6)
    try:
        noisy(7)
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    noisy(99)
    print("ignored")
class MyWarning(Warning):
    pass
with warnings.catch_warnings(record=True) as c2:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("same text", MyWarning)
    warnings.warn("other text", MyWarning)
print(len(c2), [str(w.message) for w in c2])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"))
def custom_show(message, category, filename, lineno, file=None, line=None):
    print(f"CUSTOM {category.__name__}: {message} (line {lineno})")
saved = warnings.showwarning
warnings.showwarning = custom_show
warnings.warn("through custom hook")
warnings.showwarning = saved
warnings.warn_explicit("explicit one", SyntaxWarning, "virtual.py", 42)
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print(e)
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("RuntimeWarning raised:", e)
warnings.resetwarnings()
warnings.warn("after reset")
