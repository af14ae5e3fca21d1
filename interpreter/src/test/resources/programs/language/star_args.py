# *args collects extra positional arguments into a tuple, **kwargs extra keywords into a dict;
# * and ** unpack at the call site.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2, x=3))
nums = [4, 5, 6]
opts = {"sep": "-", "end": "!"}
print(show(*nums, **opts))
print(show(0, *nums, 7, *range(2), y=1, **opts))
print(*nums, sep=", ")

def first_rest(first, *rest):
    return first, rest

print(first_rest(*"abc"))
