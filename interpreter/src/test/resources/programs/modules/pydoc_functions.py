# pydoc's text for functions: signatures with annotations, defaults (cut reprs), keyword-only
# and positional-only parameters, *args/**kwargs, lambdas, async functions, functools.wraps
# wrappers, bound methods ("method of X instance"), functions without docstrings but with
# comments above them; help() writing to stdout; getdoc, splitdoc, describe, locate, resolve,
# the "No Python documentation found" message.
import functools
import pydoc
import typing


def plain_function(a, b):
    return a + b


def annotated(count: int, names: typing.List[str] = None, *rest: float, flag: bool = True,
              **options: 'Any') -> typing.Optional[dict]:
    """Do something with annotations.

    The description after the synopsis.
        An indented line.
    """


def positional(a, b=2, /, c=3, *, d, e='x' * 200):
    """Positional-only a and b; keyword-only d and e."""


# A comment that documents
# the function below it.
def commented(x=[1, 2, 3], y={'k': (1, 2)}, z=None):
    pass


async def fetch(url, *, timeout=10.0):
    """Fetch a URL."""


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorator
def wrapped(value: int = 0) -> int:
    """A wrapped function."""
    return value


square = lambda n: n * n


class Account:
    def deposit(self, amount: float, note: str = '') -> None:
        """Put money in."""


for thing in (plain_function, annotated, positional, commented, fetch, wrapped, square,
              Account().deposit, Account.deposit):
    print(pydoc.plain(pydoc.render_doc(thing)))
    print('-' * 20)
help(annotated)
help(square)
print(repr(pydoc.getdoc(annotated)))
print(repr(pydoc.getdoc(commented)))
print(pydoc.splitdoc(pydoc.getdoc(annotated)))
print(pydoc.splitdoc('one line'), pydoc.splitdoc('first\nsecond'))
for thing in (pydoc, pydoc.render_doc, len, Account, Account().deposit, 3, 'text', None):
    print(pydoc.describe(thing))
print(pydoc.locate('pydoc.render_doc') is pydoc.render_doc, pydoc.locate('len') is len,
      pydoc.locate('os.path.join').__name__, pydoc.locate('no.such.thing'))
print(pydoc.resolve(len), pydoc.resolve('str.upper')[1])
try:
    pydoc.resolve('no_such_name_at_all')
except ImportError as e:
    print(e)
help('no_such_name_at_all')
print(pydoc.plain(pydoc.render_doc('math.sqrt')))
print(pydoc.cram('abcdefghijklmnopqrstuvwxyz', 10), pydoc.stripid('<thing at 0x7f00aa00bb00>'))
print(pydoc.visiblename('__init__'), pydoc.visiblename('_private'), pydoc.visiblename('__doc__'))
print(pydoc.text.bold('ab') == 'a\bab\bb', pydoc.plain('a\bab\bb'))
