# An assertion on computed data with a message built from the values: AssertionError uncaught
# with its f-string message, after a passing one and a caught bare assertion.
def normalise(weights):
    total = sum(weights)
    result = [w / total for w in weights]
    assert abs(sum(result) - 1) < 1e-9, f"weights sum to {sum(result)}"
    return result

print(normalise([1, 1, 2]))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("caught bare:", repr(e), e.args)
scores = {"ann": 3, "bob": -1}
for name, score in scores.items():
    assert score >= 0, f"negative score for {name}: {score}"
