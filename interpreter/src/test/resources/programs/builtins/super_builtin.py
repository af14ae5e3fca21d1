# super() without arguments in methods, and with explicit arguments.
class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

class B(A):
    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def make(cls):
        return "B>" + super().make()

b = B()
print(b.hello(), B.make(), super(B, b).hello(), super(B, B).make())
print(type(super(B, b)).__name__)
