# An AttributeError deep in a call chain: one traceback entry per frame, oldest first.
class Account:
    def __init__(self, owner):
        self.owner = owner

def describe(acc):
    return acc.owner.upper() + acc.balance

def report(accounts):
    return [describe(a) for a in accounts]

print(report([Account("ann"), Account("bob")]))
