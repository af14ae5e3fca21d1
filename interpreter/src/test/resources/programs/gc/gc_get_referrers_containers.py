# get_referrers finds containers, instances' dicts, frames' locals not.
import gc
target = ["t"]
holder_list = [target]
holder_dict = {"k": target}
holder_tuple = (target, 1)
class H:
    pass
h = H()
h.ref = target
refs = gc.get_referrers(target)
names = sorted(type(r).__name__ for r in refs)
print(names)
print(any(r is holder_list for r in refs), any(r is holder_dict for r in refs), any(r is holder_tuple for r in refs))
print(sum(1 for r in refs if r is h))
