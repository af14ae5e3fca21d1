# Error case: warnings of several categories, filters, once/always, and one made an error.
import warnings
def old_api():
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return 1
def risky(x):
    if x < 0:
        warnings.warn(f"negative value {x}", RuntimeWarning)
    return abs(x)
warnings.simplefilter("default")
old_api()
for v in (-1, -2, 3):
    risky(v)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(-5); risky(-5); old_api()
    print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
warnings.filterwarnings("ignore", message="negative")
risky(-9)
warnings.warn("a user warning")
warnings.warn("custom category", UserWarning)
class MyWarning(UserWarning): pass
warnings.warn("mine", MyWarning)
print(warnings.formatwarning("msg", SyntaxWarning, "file.py", 12, "line text"), end="")
warnings.simplefilter("error", ResourceWarning)
try:
    warnings.warn("leaked", ResourceWarning)
except ResourceWarning as e:
    print("raised:", repr(e))
warnings.filterwarnings("error", category=MyWarning)
print("about to fail")
warnings.warn("fatal now", MyWarning)
print("not reached")
