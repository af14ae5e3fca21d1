# RecursionError from a recursive pretty printer on a self-referencing structure, uncaught.
def show(obj, depth=0):
    if isinstance(obj, dict):
        return "{" + ", ".join(f"{k}: {show(v, depth + 1)}" for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ", ".join(show(x, depth + 1) for x in obj) + "]"
    return repr(obj)

tree = {"a": [1, 2, {"b": "c"}]}
print(show(tree))
tree["a"].append(tree)
print(show(tree))
