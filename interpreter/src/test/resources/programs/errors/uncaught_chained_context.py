# An exception raised while handling another (implicit chaining), three levels deep, uncaught.
def load(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as e:
        raise LookupError(f"config {path!r} missing") from e

def configure():
    try:
        load("/nonexistent/app.cfg")
    except LookupError:
        defaults = {"mode": "safe"}
        return defaults["level"]

print("configuring")
configure()
