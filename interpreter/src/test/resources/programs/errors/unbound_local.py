# Reading a local before its assignment is an UnboundLocalError with 3.11's message.
count = 0

def increment():
    count += 1
    return count

increment()
