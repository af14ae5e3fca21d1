# warnings.warn prints "file:line: Category: message" and the source line to stderr, once per
# location by default; the program goes on.
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

print("start")
warnings.warn("something looks wrong")
for _ in range(3):
    warnings.warn("in a loop, shown once")
old_api()
warnings.warn("a runtime warning", RuntimeWarning)
print("end")
