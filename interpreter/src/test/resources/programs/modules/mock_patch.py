# unittest.mock: patch, patch.object, patch.dict and patch.multiple as decorators (stacked: the
# bottom one's mock first; on a class: its test* methods), context managers and start/stop
# (stopall); new, new_callable, create, spec=True; the originals restored even when the body
# raises; create_autospec for functions and classes (signature errors, methods without self,
# instances), autospec=True; mock_open (read, readline, iteration, writes, re-opening); AsyncMock
# awaited under asyncio; the patchers' argument errors.
import asyncio
import os
import re
import sys
import types
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, DEFAULT


def show(obj):
    text = obj if isinstance(obj, str) else repr(obj)
    return re.sub(r"id='\d+'", "id=...", re.sub(r' at 0x[0-9a-f]+', '', text))


def attempt(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as error:
        print(f'  {type(error).__name__}: {show(str(error))}')
    else:
        print('  ->', show(result))


# A module of the program's own to patch by name.
store = types.ModuleType('store')
store.PRICES = {'tea': 3}
store.fetch = lambda key: store.PRICES[key]
store.TAX = 0.2
sys.modules['store'] = store


def total(key, count):
    return store.fetch(key) * count * (1 + store.TAX)


print('== patch as a context manager')
with patch('store.fetch') as fetch:
    fetch.return_value = 10
    print(total('tea', 2), show(fetch), fetch.call_args)
print(total('tea', 2))
with patch('store.TAX', 0):
    print(total('tea', 1))
with patch('os.path.exists', return_value='yes') as exists:
    print(os.path.exists('/nowhere'), exists.mock_calls)
print(os.path.exists('/nowhere'))
try:
    with patch('store.fetch', side_effect=KeyError('x')):
        total('tea', 1)
except KeyError as error:
    print('KeyError', error, store.fetch('tea'))

print('== decorators')


@patch('store.fetch', return_value=2)
@patch.object(store, 'TAX', 0.5)
@patch('os.getcwd')
def compute(label, getcwd, fetch):
    getcwd.return_value = '/fake'
    print(label, total('x', 3), os.getcwd(), show(getcwd), show(fetch))
    return 'done'


print(compute('first'), compute.__name__, store.TAX)


@patch.multiple('store', fetch=DEFAULT, TAX=1)
def multi(fetch):
    fetch.return_value = 4
    print('multiple', total('q', 1), show(fetch))


multi()


@patch('store.fetch', lambda key: 100)
class Checks:
    def test_one(self):
        return total('a', 1)

    def helper(self):
        return total('tea', 1)


print(Checks().test_one(), Checks().helper())

print('== patch.dict')
settings = {'debug': False}
with patch.dict(settings, {'debug': True}, level=3) as patched:
    print(patched is settings, sorted(settings.items()))
print(settings)
with patch.dict(settings, clear=True):
    print(settings)
print(settings)


@patch.dict('store.PRICES', {'coffee': 5})
def priced():
    return sorted(store.PRICES.items())


print(priced(), store.PRICES)
with patch.dict(os.environ, {'MOCK_DEMO': '1'}):
    print(os.environ['MOCK_DEMO'])
print('MOCK_DEMO' in os.environ)

print('== start, stop, stopall, create, spec')
p = patch.object(store, 'TAX', 9)
print(p.start(), store.TAX)
p.stop()
print(store.TAX, p.stop())
patch('store.extra', 'made', create=True).start()
patch('store.fetch', Mock(return_value=1)).start()
print(store.extra, store.fetch('a'))
patch.stopall()
print(hasattr(store, 'extra'), store.fetch('tea'))


class Engine:
    power = 5

    def start(self, fuel, *, turbo=False):
        return 'vroom'


with patch('__main__.Engine', spec=True) as engine_class:
    engine = Engine()
    print(show(engine_class), show(engine), engine_class.called)
    attempt(lambda: engine.fly)
with patch.object(Engine, 'start', autospec=True) as start:
    start.return_value = 'mocked'
    car = Engine()
    print(car.start('gas'), show(start.call_args))
    attempt(car.start)
print(Engine().start('gas'))

print('== errors')
attempt(patch, 'nodots')
attempt(lambda: patch('store.missing').start())
attempt(patch.object, 'store', 'fetch')
attempt(patch, 'store.fetch', new=1, new_callable=Mock)
attempt(lambda: patch('store.fetch', spec=True, autospec=True).start())
attempt(patch.multiple, store)
attempt(lambda: patch('store.fetch', 1, color='red').start())
attempt(patch, 'store.fetch', autospect=True)

print('== create_autospec')


def transfer(source, target, amount=0):
    return 'real'


fake = mock.create_autospec(transfer, return_value='fake')
print(type(fake).__name__, fake('a', 'b'), fake.call_args, fake.mock.call_count)
attempt(fake, 'a')
attempt(fake, 'a', 'b', 1, 2)
attempt(fake, 'a', 'b', bogus=1)
fake.assert_called_once_with('a', target='b')
fake.return_value = 'changed'
print(fake('x', 'y'), fake.call_count, fake.call_args_list)
klass = mock.create_autospec(Engine)
made = klass()
made.start('diesel', turbo=True)
print(show(klass), show(made), show(made.start), made.power is not None)
attempt(made.start)
attempt(made.start, 'a', 'b')
attempt(klass, 1)
attempt(lambda: made.wheels)
made.start.assert_called_with(fuel='diesel', turbo=True)
print(klass.mock_calls)
instance = mock.create_autospec(Engine(), instance=True)
attempt(instance)
attempt(mock.create_autospec, Mock())

print('== mock_open')
opener = mock.mock_open(read_data='line 1\nline 2\nline 3')
with patch('builtins.open', opener):
    with open('notes.txt') as handle:
        print(repr(handle.readline()), repr(handle.read()))
    with open('notes.txt') as handle:
        print(list(handle))
    with open('notes.txt') as handle:
        print(handle.readlines())
    with open('out.txt', 'w') as handle:
        handle.write('data')
print(opener.mock_calls[:4])
opener.assert_called_with('out.txt', 'w')
opener().write.assert_called_once_with('data')
binary = mock.mock_open(read_data=b'\x00\x01')
print(binary('f', 'rb').read())

print('== AsyncMock')


async def main():
    fetcher = mock.AsyncMock(return_value={'ok': True})
    print(await fetcher('url'), fetcher.await_count, fetcher.await_args)
    fetcher.assert_awaited_once_with('url')
    fetcher.assert_called_once()
    attempt(fetcher.assert_awaited_with, 'other')
    failing = mock.AsyncMock(side_effect=ValueError('down'))
    try:
        await failing()
    except ValueError as error:
        print('ValueError', error)
    steps = mock.AsyncMock(side_effect=[1, 2])
    print(await steps(), await steps())
    unawaited = mock.AsyncMock(name='later')
    attempt(unawaited.assert_awaited)
    coroutine = unawaited()
    print(unawaited.call_count, unawaited.await_count)
    await coroutine
    print(unawaited.await_count)


asyncio.run(main())
