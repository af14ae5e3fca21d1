# A symbol-table error: reported with the line read back from the file and its carets.
x = 1


def f():
    nonlocal x
    return x
