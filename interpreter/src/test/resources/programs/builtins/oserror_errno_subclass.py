# OSError(errno, strerror, ...) called on OSError itself becomes the subclass for the errno.
for args in ((2, "No such file"), (13, "Denied", "f.txt"), (17, "Exists"), (32, "Pipe"), (11, "Again"),
             (110, "Timed out"), (4, "Interrupted"), (999, "Unknown"), (2,), ("2", "str errno")):
    e = OSError(*args)
    print(type(e).__name__, e.errno, e)
print(type(FileExistsError(2, "x")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
