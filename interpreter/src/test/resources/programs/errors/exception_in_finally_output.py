# Output printed before an uncaught exception is kept; finally blocks run before the traceback.
def work():
    try:
        print("working")
        return {}["missing"]
    finally:
        print("finally before the traceback")

work()
