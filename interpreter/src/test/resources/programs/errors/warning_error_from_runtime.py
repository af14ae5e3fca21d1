# A warning the runtime issues, turned into an exception by the "error" filter and left uncaught:
# the traceback ends at the line whose call made the runtime warn
import warnings
warnings.simplefilter('error', DeprecationWarning)

class Legacy:
    def __trunc__(self):
        return 3

def convert(x):
    return int(x)

print(convert(2.5))
print(convert(Legacy()))
