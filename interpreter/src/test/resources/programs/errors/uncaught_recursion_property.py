# A property that reads itself instead of its backing field: RecursionError uncaught, the
# traceback's repeated frame collapsed into "[Previous line repeated N more times]".
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self.celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.fahrenheit)
print(t.celsius)
