# ZeroDivisionError inside a sort key lambda: the traceback shows the lambda frame and its caret.
data = [(3, 1), (4, 2), (5, 0), (1, 1)]
print(sorted(data[:2], key=lambda p: p[0] / p[1]))
ranked = sorted(data, key=lambda p: p[0] / p[1], reverse=True)
