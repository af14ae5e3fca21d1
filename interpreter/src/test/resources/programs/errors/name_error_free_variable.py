# An uncaught NameError for a free variable read before the enclosing function assigns it
def outer():
    def inner():
        return counter + 1
    result = inner()
    counter = 0
    return result

outer()
