# Infinite recursion ends in RecursionError; the traceback folds repeated lines into
# "[Previous line repeated N more times]".
def down(n):
    return down(n + 1)

print("going down")
down(0)
