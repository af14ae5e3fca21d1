# An error raised while an f-string is evaluated: the traceback's caret line under the
# failing call inside the replacement field of a report line.
def ratio(done, total):
    return done / total

tasks = {"build": (3, 4), "test": (0, 0)}
for name, (done, total) in tasks.items():
    print(f"{name:>6}: {ratio(done, total):.0%} complete")
