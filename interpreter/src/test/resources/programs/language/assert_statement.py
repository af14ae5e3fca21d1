# assert raises AssertionError with the message when the condition is false.
assert 1 + 1 == 2
assert [1], "non-empty lists are true"
try:
    assert 2 + 2 == 5, "arithmetic is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
x = 0
try:
    assert x, f"x was {x}"
except AssertionError as e:
    print(e)
