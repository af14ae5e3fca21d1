# The compiler's SyntaxWarnings go through the warnings module: shown with the source line, once
# per compilation (no registry), also for code compiled by exec; warn_explicit shows a line of a
# file it can read and none for a file it cannot.
import warnings

print(1 is 1, "a" is not "b")
warnings.warn_explicit("explicit, no such file", UserWarning, "no_such_file.py", 3)
warnings.warn_explicit("explicit, this file", UserWarning, __file__, 6)
exec("x = 5\nprint(x is 5)\n")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    exec("y = 7\nprint(y is 7)\n")
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])
warnings.simplefilter("ignore", SyntaxWarning)
exec("print(2 is 2)")
print("end")
