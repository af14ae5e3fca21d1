# An error inside an expression spread over several lines: the traceback shows the statement's
# lines and the markers of the failing operand (ZeroDivisionError in a weighted average).
def weighted_average(values, weights):
    return (
        sum(v * w for v, w in zip(values, weights))
        /
        sum(weights)
    )

print(weighted_average([1, 2, 3], [1, 1, 2]))
print(weighted_average([5, 6], [0, 0]))
