# Tuples of constants are constants themselves (one object per compilation unit); tuples built at
# run time are new objects; tuple(t) returns t itself.
t = (1, 2, 3)
u = (1, 2, 3)
print(t is u)
v = tuple([1, 2, 3])
print(t == v, t is v)
print(tuple(t) is t, t[:] is t, t[0:3] is t, t[0:2] is t)
L = [1]
print(list(L) is L, L[:] is L)
