# An error raised while handling another, inside a cleanup method: "During handling ..." twice.
class Connection:
    def __init__(self, host):
        self.host = host
        self.open = True

    def send(self, data):
        if not data:
            raise ValueError("nothing to send")
        return len(data)

    def close(self):
        if self.host.startswith("bad"):
            raise ConnectionError(f"cannot close {self.host}")
        self.open = False

def transfer(host, data):
    conn = Connection(host)
    try:
        return conn.send(data)
    except ValueError:
        conn.close()
        raise

print(transfer("good", b"abc"))
try:
    transfer("good", b"")
except ValueError as e:
    print("ValueError:", e)
transfer("bad-host", b"")
