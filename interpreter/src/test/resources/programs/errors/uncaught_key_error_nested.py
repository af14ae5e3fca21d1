# KeyError on a nested dict lookup inside a lambda used as a sort key: the carets under the subscript.
inventory = [
    {"name": "bolt", "specs": {"size": 5, "weight": 1.5}},
    {"name": "nut", "specs": {"size": 3, "weight": 0.5}},
    {"name": "washer", "specs": {"size": 4}},
]
print(sorted(inventory, key=lambda item: item["specs"]["size"]))
print(sorted(inventory, key=lambda item: item["specs"]["weight"]))
