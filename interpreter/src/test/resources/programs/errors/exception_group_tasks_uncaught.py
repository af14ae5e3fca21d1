# Error case: an uncaught ExceptionGroup from collected task failures, with a note.
def run_task(i):
    if i % 3 == 0:
        raise ValueError(f"task {i} bad value")
    if i % 4 == 0:
        raise KeyError(i)
    return i * 10
results, errors = [], []
for i in range(1, 10):
    try:
        results.append(run_task(i))
    except Exception as e:
        e.add_note(f"while running task {i}")
        errors.append(e)
print(results)
try:
    raise ExceptionGroup("some tasks failed", errors)
except* KeyError as eg:
    print("handled keys:", [e.args for e in eg.exceptions])
