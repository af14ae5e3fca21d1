# Attribute and variable names are interned: a name built at run time and used with setattr is
# the same object as the literal spelling of that name.
import sys

class K:
    pass

def runtime(s):
    return "".join(list(s))

k = K()
name = runtime("runtime_attr")
setattr(k, name, 1)
key = next(iter(vars(k)))
literal = "runtime_attr"
print(key == literal, key is literal)
d = {runtime("dyn_key"): 1}
dyn_key = "dyn_key"
print("a dict key built at run time is not interned:", next(iter(d)) is dyn_key)
