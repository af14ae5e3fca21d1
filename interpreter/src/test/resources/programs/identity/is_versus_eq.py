# == compares values, `is` identity; containers with equal contents are different objects.
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c)
print(a is not b, not (a is b))
n = None
print(n is None, n == None)

class AlwaysEqual:
    def __eq__(self, other):
        return True

e = AlwaysEqual()
five = 5
print(e == five, e is five, e == None, e is None)
