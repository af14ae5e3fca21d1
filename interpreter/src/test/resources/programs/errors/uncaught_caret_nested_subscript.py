# an uncaught TypeError inside nested calls and subscripts: 3.11's caret lines under the failing sub-expression
def price(item):
    return item["price"] * item["qty"]

def total(order):
    return sum(price(i) for i in order["items"]) + order["shipping"]["cost"]

orders = [
    {"items": [{"price": 2, "qty": 3}], "shipping": {"cost": 5}},
    {"items": [{"price": 2, "qty": None}], "shipping": {"cost": 5}},
]
for o in orders[:1]:
    print(total(o))
print(total(orders[1]))
