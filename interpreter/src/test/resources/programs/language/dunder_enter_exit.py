# __enter__/__exit__ return values, exceptions suppressed, nested with
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name); return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, tb is not None)
        return self.swallow
with CM('a') as a, CM('b') as b:
    print(a.name, b.name)
with CM('s', True):
    raise KeyError('k')
print('after')
try:
    with CM('n'):
        1 / 0
except ZeroDivisionError:
    print('propagated')
