# NameError for a misspelled global used inside a nested function, with a suggestion.
counter_total = 0

def make_counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count + counter_totl
    return bump

b = make_counter()
print("start")
b()
