# A special method is looked up along the whole MRO (update_one_slot): a mixin after a built-in base
# gives what the built-in types lack (__getattr__, __missing__, __call__, __iter__ of a mixin behind
# Exception, dict, int) while a built-in type that defines it first keeps its own (__repr__, __len__,
# __init__ of list before the mixin's); and OSError's __new__ leaving args () to a subclass with its
# own __init__ (oserror_use_init), parsing them when the class has its own __new__ or no __init__.
class Mixin:
    def __getattr__(self, name):
        return 'mixin getattr ' + name

    def __missing__(self, key):
        return 'mixin missing ' + repr(key)

    def __call__(self, *args):
        return 'mixin call %r' % (args,)

    def __iter__(self):
        return iter('mix')

    def __repr__(self):
        return 'mixin repr'

    def __len__(self):
        return 42

    def __init__(self, *args):
        print('mixin init', args)


class Error(Exception, Mixin):
    pass


class Table(dict, Mixin):
    pass


class Number(int, Mixin):
    pass


class Items(list, Mixin):
    pass


e = Error('boom')
print(e.anything, e(1, 2), list(e), repr(e), e.args)
t = Table(a=1)
print(t['a'], t['b'], t.other, repr(t), len(t), list(t))
n = Number(7)
print(n + 1, n.whatever, n(3), repr(n), list(n))
items = Items([1, 2])
print(items, len(items), list(items), items.extra, items('x'))


class Response:
    def __init__(self, body):
        self.body = body

    def __getattr__(self, name):
        return getattr(self.__dict__['body'], name)


class HTTPishError(OSError, Response):
    def __init__(self, url, code, body):
        self.code = code
        self.filename = url
        Response.__init__(self, body)


import io
err = HTTPishError('http://x/', 404, io.BytesIO(b'not here'))
print(err.read(), err.code, err.args, err.errno, err.strerror, err.filename, str(err), repr(err))


class Quiet(OSError):
    def __init__(self, *args):
        pass


class Passes(OSError):
    def __init__(self, *args):
        super().__init__(*args)


class Plain(OSError):
    pass


class OwnNew(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, *args):
        pass


for cls in (Quiet, Passes, Plain, OwnNew):
    x = cls(2, 'No such file', 'name.txt')
    print(cls.__name__, x.args, x.errno, x.strerror, x.filename, str(x))
print(Quiet(1).args, Passes(1).args, Plain(1).args, type(OSError(2, 'x')).__name__, type(Quiet(2, 'x')).__name__)
