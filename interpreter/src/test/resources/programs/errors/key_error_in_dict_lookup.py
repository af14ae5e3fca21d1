# A KeyError from a nested dict lookup inside a function called from a comprehension: carets under the subscript.
inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"leek": 2},
}

def stock(category, item):
    return inventory[category][item]

orders = [("fruit", "apple"), ("veg", "leek"), ("veg", "kale")]
print([stock(c, i) for c, i in orders[:2]])
totals = [stock(c, i) for c, i in orders]
