# open() for reading a missing file or a directory raises OSError's subclass with errno, strerror
# and filename set, as CPython's does (args is (errno, strerror)).
for path, mode in [("no_such_file.txt", "r"), ("no_such_file.txt", "rb"), (".", "r")]:
    try:
        open(path, mode)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, e)
