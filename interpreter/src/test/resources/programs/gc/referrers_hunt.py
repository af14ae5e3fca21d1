# A gc.get_referrers hunt: who still holds this object? A registry, a closure cell,
# an instance __dict__, a bound method and a frame's locals, found one by one.
import gc
import types

class Session:
    def __init__(self, name):
        self.name = name
    def ping(self):
        return self.name

registry = {}

def describe(ref, target):
    if isinstance(ref, dict):
        if ref is globals():
            return "module globals"
        for k, v in ref.items():
            if v is target:
                return f"dict key {k!r}"
        return "dict"
    if isinstance(ref, list):
        return f"list of {len(ref)}"
    if isinstance(ref, types.MethodType):
        return f"bound method {ref.__func__.__name__}"
    if type(ref).__name__ == "cell":
        return "closure cell"
    if isinstance(ref, types.FrameType):
        return f"frame of {ref.f_code.co_name}"
    return type(ref).__name__

def who_holds(obj):
    return sorted(describe(r, obj) for r in gc.get_referrers(obj) if r is not holders)

target = Session("leaky")
holders = None
print(who_holds(target))
registry["current"] = target
keeper = [target]
def make():
    t = target
    return lambda: t
fn = make()
class Owner:
    pass
owner = Owner()
owner.session = target
pinger = target.ping
print(who_holds(target))

def inside(obj):
    return who_holds(obj)

print(inside(target))
del registry["current"], keeper[:], fn, owner.session, pinger
print(who_holds(target))
