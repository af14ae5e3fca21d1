# += on a list mutates it in place (both names see it); on a tuple or str it rebinds the name.
L1 = [1]
L2 = L1
L1 += [2]
print(L1, L2, L1 is L2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2, t1 is t2)
s1 = "a"
s2 = s1
s1 += "b"
print(s1, s2, s1 is s2)
L3 = L2
L3 = L3 + [3]
print(L2, L3, L2 is L3)
