# an uncaught KeyError from a dict comprehension inside a function called from a lambda passed to sorted
records = [{"name": "a", "age": 3}, {"name": "b"}]
def age_of(r):
    return {k: r[k] for k in ("name", "age")}["age"]
print(age_of(records[0]))
print(sorted(records, key=lambda r: age_of(r)))
