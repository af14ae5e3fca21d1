# Inheritance, method overriding, super() and the method resolution order.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return super().speak() + " (woof)"

class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(A):
    def who(self):
        return "C>" + super().who()

class D(B, C):
    def who(self):
        return "D>" + super().who()

d = Dog("Rex", "lab")
print(d.speak(), d.breed, isinstance(d, Animal), issubclass(Dog, Animal))
print(D().who(), [k.__name__ for k in D.__mro__])
