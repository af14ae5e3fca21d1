# try/except/else/finally: else runs when nothing was raised, finally always; a return in
# finally wins.
def attempt(x):
    log = []
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        log.append(f"except: {e}")
    else:
        log.append(f"else: {r}")
    finally:
        log.append("finally")
    return log

print(attempt(2))
print(attempt(0))

def finally_wins():
    try:
        return "try"
    finally:
        return "finally"

print(finally_wins())

def multiple(v):
    try:
        return {"a": 1}[v] if isinstance(v, str) else [1][v]
    except (KeyError, IndexError) as e:
        return type(e).__name__

print(multiple("b"), multiple(5), multiple("a"))
