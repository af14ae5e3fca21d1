# An uncaught exception whose notes are odd: a str, a note with newlines, a non-str note.
class Job:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"job {self.name}"

def run():
    err = RuntimeError("step failed")
    err.add_note("first line\nsecond line")
    err.__notes__.append(Job("cleanup"))
    err.__notes__.append("last")
    raise err

try:
    run()
except RuntimeError as e:
    print("caught with", len(e.__notes__), "notes")
    e.__notes__ = "just a string"
    try:
        raise e
    except RuntimeError:
        print("string notes set")

run()
