# Exceptions with several arguments, with none, and KeyError with a tuple key, uncaught at the
# end: the report shows the args tuple's repr, the bare class name, and KeyError's repr of its key.
class RetryError(Exception):
    pass

for exc in (RetryError("host", 3), RetryError(), KeyError((1, 2)), KeyError(""), ValueError(""), OSError(2, "No such file")):
    try:
        raise exc
    except Exception as e:
        print(f"{type(e).__name__}: {e}", "|", repr(e))

def fetch(routes, key):
    return routes[key]

fetch({("GET", "/"): "index"}, ("POST", "/"))
