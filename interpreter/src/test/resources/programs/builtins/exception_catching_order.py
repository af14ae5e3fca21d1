# The first matching except clause wins; a base class catches its subclasses; bare except and
# BaseException catch everything.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError clause"
    except LookupError:
        return "LookupError clause"
    except (TypeError, ValueError) as e:
        return f"tuple clause: {type(e).__name__}"
    except Exception:
        return "Exception clause"
    except BaseException:
        return "BaseException clause"

for exc in (KeyError("k"), IndexError(), UnicodeError(), TypeError(), ZeroDivisionError(),
            SystemExit(1), KeyboardInterrupt()):
    print(type(exc).__name__, "->", classify(exc))
