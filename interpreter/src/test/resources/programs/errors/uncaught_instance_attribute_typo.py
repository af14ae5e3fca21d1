# An instance attribute misspelt in a method: "'Account' object has no attribute 'balanse'.
# Did you mean: 'balance'?" with the caret under the attribute access, after a __slots__ class
# whose suggestion comes from its slot names.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

try:
    Point(1, 2).z
except AttributeError as e:
    print("caught:", e)

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balanse

acct = Account("ann", 10)
print(acct.deposit(5))
