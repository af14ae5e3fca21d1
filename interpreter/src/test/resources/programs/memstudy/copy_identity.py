# copy vs deepcopy: which objects are shared?
import copy

original = [[1, 2], [3, 4], "text", 42, (5, [6])]
shallow = copy.copy(original)
deep = copy.deepcopy(original)
print("shallow is original:", shallow is original)
print("shallow inner shared:", shallow[0] is original[0])
print("deep inner shared:", deep[0] is original[0])
print("str shared in deep:", deep[2] is original[2])
print("int shared in deep:", deep[3] is original[3])
print("tuple with list copied:", deep[4] is original[4], deep[4][1] is original[4][1])
t = (1, 2, (3, 4))
print("atomic tuple deep copied is same:", copy.deepcopy(t) is t)
print("copy of tuple is same:", copy.copy(t) is t)
fs = frozenset({1, 2})
print("frozenset copy same:", copy.copy(fs) is fs)
s = "abc"
print("str copies:", copy.copy(s) is s, copy.deepcopy(s) is s)
print("list[:] new:", original[:] is original, list(original) is original)
d = {"a": [1]}
dc = d.copy()
print("dict.copy shares values:", dc["a"] is d["a"])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print("deepcopy keeps the cycle:", cc[1] is cc, cc is not cyc)
memo = {}
x = [1]
pair = [x, x]
dp = copy.deepcopy(pair, memo)
print("shared reference preserved:", dp[0] is dp[1])
print("memo has entries:", len(memo) > 0)

class Custom:
    def __init__(self):
        self.items = [1, 2]
    def __copy__(self):
        print("__copy__ called")
        new = Custom.__new__(Custom)
        new.items = self.items
        return new
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        new = Custom.__new__(Custom)
        new.items = copy.deepcopy(self.items, memo)
        return new

c = Custom()
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.items is c.items, c2.items is c.items)
print("functions not copied:", copy.deepcopy(len) is len, copy.copy(print) is print)
b = bytearray(b"ab")
print("bytearray copy new:", copy.copy(b) is b)
