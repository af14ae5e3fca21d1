# Exceptions as taught: try/except/else/finally order, multiple except clauses and tuples,
# custom exception classes with extra attributes, raise from and implicit chaining, re-raise,
# args and str(), finally overriding return, and exception hierarchy catching.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account(100)
for amount in [30, -5, 500, "x"]:
    try:
        left = acct.withdraw(amount)
    except InsufficientFunds as e:
        print("funds:", e, e.balance, e.amount, e.args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok, left", left)
    finally:
        print("finally for", amount)


def order():
    try:
        print("try")
        return "from try"
    finally:
        print("finally before return")


print(order())


def override():
    try:
        return 1
    finally:
        return 2


print(override())


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot convert {s!r}") from e


try:
    convert("abc")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        [].pop()
    except IndexError as e:
        print("logging", e)
        raise
except IndexError as e:
    print("re-raised", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyError.__mro__[1:])
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, str(e), repr(e), e.args)
e = Exception("a", 2)
print(str(e), repr(e), e.args, str(Exception()), repr(Exception()), str(KeyError("k")), str(KeyError()))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
err = None
try:
    int("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
for exc in [StopIteration(5), SystemExit(3), KeyboardInterrupt(), OSError(2, "No such file"), UnicodeError("u")]:
    print(type(exc).__name__, exc.args, isinstance(exc, Exception))
print(OSError(2, "No such file").errno, OSError(2, "nf", "f.txt"), FileNotFoundError(2, "x").strerror)
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e)


def nested():
    try:
        raise KeyError("inner")
    finally:
        print("cleanup in nested")


try:
    nested()
except KeyError as e:
    print("caught", e)
e = ValueError("with note")
e.add_note("extra detail")
print(e.__notes__)
