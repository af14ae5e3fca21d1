# gc.get_referrers finds containers, instance dicts and frames holding an object, in the tracked lists' order.
import gc
import sys

class Holder:
    def __init__(self, thing):
        self.thing = thing

target = ["the target"]
in_list = [target]
in_dict = {"t": target}
in_tuple = (target, 1)
holder = Holder(target)

refs = gc.get_referrers(target)
def describe(r):
    if r is globals():
        return "module globals"
    if r is in_list:
        return "in_list"
    if r is in_dict:
        return "in_dict"
    if r is in_tuple:
        return "in_tuple"
    if isinstance(r, Holder):
        return "Holder instance"
    if r is getattr(holder, "__dict__", None):
        return "holder.__dict__"
    return type(r).__name__
print(sorted(describe(r) for r in refs))

def look():
    local = target
    found = [r for r in gc.get_referrers(target) if type(r).__name__ == "frame"]
    return len(found), found and found[0].f_code.co_name

print(look())

del in_list, in_dict
print(sorted(describe(r) for r in gc.get_referrers(target)))
print(gc.get_referrers(12345678))
print(len(gc.get_referrers()))
