# Pins down: the uncaught TypeError of f(**obj) when obj has __getitem__ and __iter__ but no
# keys(): "argument after ** must be a mapping, not Config", printed with the call's carets,
# after a successful call with a real mapping-like object that has keys().
class Settings:
    def __init__(self, **values):
        self._values = values
    def keys(self):
        return self._values.keys()
    def __getitem__(self, key):
        return self._values[key]

class Config:
    def __init__(self, **values):
        self._values = values
    def __iter__(self):
        return iter(self._values)
    def __getitem__(self, key):
        return self._values[key]

def connect(host, port=80, **extra):
    return f'{host}:{port} {sorted(extra)}'

print(connect(**Settings(host='example', port=8080, tls=True)))
print(connect(
    **Config(host='other', port=1)
))
