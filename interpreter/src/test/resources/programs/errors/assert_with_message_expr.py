# AssertionError with a computed message, raised inside a method called by a generator.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        assert amount <= self.balance, f"insufficient funds: {amount} > {self.balance}"
        self.balance -= amount
        return self.balance

acct = Account(100)
steps = (acct.withdraw(a) for a in (30, 50, 40))
for left in steps:
    print("left", left)
