# A misspelt builtin in a helper: NameError with "Did you mean: 'len'?" for `lenght`, raised in a
# function called from a generator expression consumed by sum().
words = ["alpha", "beta", "gamma"]

def weight(word):
    return lenght(word) * 2

print(sum(weight(w) for w in words))
