# A context manager whose __exit__ raises while another exception is propagating: the report
# shows the body's error, "During handling of the above exception", then the __exit__ error.
class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError(f"rollback of {self.name} failed")
        return False

with Transaction("t1"):
    print("working")

with Transaction("t2") as t:
    balance = {"alice": 10}
    balance["bob"] -= 5
