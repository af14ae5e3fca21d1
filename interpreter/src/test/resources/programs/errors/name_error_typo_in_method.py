# NameError with a suggestion for a misspelled local inside a method, and a caught one first.
class Cart:
    def __init__(self):
        self.items = []

    def total(self):
        subtotal = sum(p for _, p in self.items)
        discount = 0.1 if subtotal > 100 else 0
        return subtotal * (1 - discunt)

try:
    undefined_thing
except NameError as e:
    print("caught", e, e.name)
cart = Cart()
cart.items.append(("book", 120))
print(cart.total())
