# copy.copy and copy.deepcopy, including shared references and cycles
import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s[1] is a[1], d[1] is a[1], d == a)
a[1].append(99)
print(s[1], d[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]; cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
class P:
    def __init__(self): self.items = [1]
p = P(); q = copy.copy(p); r = copy.deepcopy(p)
print(q.items is p.items, r.items is p.items, type(r).__name__)
class C:
    def __copy__(self): print('custom copy'); return C()
copy.copy(C())
print(copy.copy(5), copy.deepcopy((1, 2)), copy.copy((1, [2])))
