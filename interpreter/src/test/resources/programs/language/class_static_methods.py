# classmethod receives the class, staticmethod nothing; both can be called on the class or an
# instance.
class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1

    @classmethod
    def create(cls):
        return cls()

    @classmethod
    def count(cls):
        return cls.made

    @staticmethod
    def describe(x):
        return f"value {x}"

class Sub(Counter):
    pass

Counter.create()
s = Sub.create()
print(type(s).__name__, Counter.count(), Sub.count(), s.count())
print(Counter.describe(1), s.describe(2))
print(type(Counter.__dict__["create"]).__name__, type(Counter.__dict__["describe"]).__name__)
