# 3.11 exception notes (add_note) are printed after the exception line.
def load(path):
    e = FileNotFoundError(2, "No such file or directory", path)
    e.add_note(f"while loading the configuration from {path}")
    raise e

load("settings.ini")
