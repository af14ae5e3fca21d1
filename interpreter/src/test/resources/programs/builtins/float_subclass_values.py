# A float subclass's instance converts, compares and computes as its value: float(x) is float's nb_float
# (an exact copy), comparisons take any float or int subclass on either side.
class F(float): pass
class I(int): pass
x = 3
a = F(x)
print(a, float(a), a == F(x), a == 3.0, F(2.5) + 1, F(2.0) < F(3.0), 2.0 == I(2), 2.5 > I(2))
