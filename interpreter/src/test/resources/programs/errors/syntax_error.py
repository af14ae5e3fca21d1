# A SyntaxError is reported before anything runs: no output, the line and a caret, exit code 1.
print("this line never runs")
def broken(:
    pass
print("nor this one")
