# __module__, __qualname__, __self__ of builtin functions and methods.
import sys, gc, math, time
for f in (len, print, repr, sys.getrefcount, gc.collect, math.sqrt, time.time):
    print(f.__name__, f.__qualname__, f.__module__, type(f.__self__).__name__, f.__self__.__name__)
m = [].append
print(m.__name__, m.__qualname__, m.__module__, m.__self__)
print({}.get.__qualname__, "x".upper.__qualname__, (1).bit_length.__qualname__)
print(dict.fromkeys.__qualname__, dict.fromkeys.__self__, dict.fromkeys.__module__)
print(int.from_bytes.__qualname__, str.maketrans.__qualname__)
class K(list):
    pass
print(K().append.__qualname__, K.mro.__qualname__)
print(object.__init_subclass__.__qualname__, type.__prepare__.__qualname__)
