# Uncaught AttributeError with a "Did you mean" suggestion on an instance attribute, from a property.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celcius * 9 / 5 + 32

t = Temperature(21)
print(t.celsius)
print(t.fahrenheit)
