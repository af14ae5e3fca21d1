# an uncaught TypeError in an expression spread over three lines: the caret lines of each line of the binary operation
def compute(a, b, c):
    return (a
            + b
            * c)
compute(1, 2, "x")
