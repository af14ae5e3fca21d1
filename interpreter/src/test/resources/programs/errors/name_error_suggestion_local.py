# An uncaught NameError offers the closest name: the function's local variables first (a case
# change costs less than other edits)
def compute():
    total_count = 3
    Result = 4
    print(total_count, Result)
    return result * total_cont

compute()
