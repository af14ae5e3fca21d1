# an uncaught TypeError inside nested calls: the caret lines under a binary operation in a helper
def price_with_tax(item):
    return item["price"] * (1 + item["tax"])

def total(cart):
    s = 0
    for item in cart:
        s = s + price_with_tax(item)
    return s

cart = [{"price": 10, "tax": 0.2}, {"price": "12", "tax": 0.1}]
print("first:", price_with_tax(cart[0]))
print(total(cart))
