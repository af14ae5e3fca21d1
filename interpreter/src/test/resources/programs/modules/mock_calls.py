# unittest.mock: Mock and MagicMock as tests use them: child mocks and their names, calls recorded
# in call_args/call_args_list/mock_calls/method_calls (with chained calls), `call` objects and their
# reprs and comparisons, return_value, side_effect (exception, iterable, function, DEFAULT),
# configure_mock, reset_mock, attach_mock, the magic methods' defaults and configuration, sentinel,
# ANY, spec/spec_set restrictions, NonCallableMock, PropertyMock, seal, dir().
import re
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT


def show(obj):
    # Mock reprs carry id(); the ids are the only part that may differ.
    text = obj if isinstance(obj, str) else repr(obj)
    return re.sub(r"id='\d+'", "id=...", text)


def attempt(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as error:
        print(f'  {type(error).__name__}: {show(str(error))}')
    else:
        print('  ->', show(repr(result)))


print('== names and calls')
m = Mock(name='m')
m.x.y(1, b=2)
m(3)
m.z()(4).w(5)
print(show(m.x.y), show(m.z()), show(m.z().w), show(Mock()), show(Mock().a().b))
print(m.mock_calls)
print(m.method_calls)
print(m.x.y.call_args, m.call_args_list, m.call_count, m.called, m.x.called)
print(m.x.y.call_args == call(1, b=2), m.x.y.call_args.args, m.x.y.call_args.kwargs)
print(m.mock_calls == [call.x.y(1, b=2), call(3), call.z(), call.z()(4), call.z()().w(5)])
print(call.a(1).b(2), call(1, x=2), call.a.b, call(1).x, call.a(1).b(2).call_list())
print(call(1) == call(1), call(1) != call(2), call.a(1) == call.b(1), call(1, ANY) == call(1, 'z'))
print(call.a == ('a', (), {}), call(2) == ((2,), {}), call.count(3), call.index)

print('== return_value and side_effect')
r = Mock(return_value=5)
print(r(), r(1, 2), r.return_value)
s = Mock(side_effect=[1, 2, ValueError('boom')])
print(s(), s())
attempt(s)
attempt(s)
f = Mock(side_effect=lambda a: a * 2)
print(f(21))
attempt(Mock(side_effect=KeyError('k')))
attempt(Mock(side_effect=TypeError))
print(Mock(return_value=7, side_effect=lambda: DEFAULT)())
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)

print('== configure_mock, reset_mock, attach_mock')
c = Mock()
c.configure_mock(**{'a.b.return_value': 3, 'name2': 4, 'method.side_effect': KeyError})
print(c.a.b(), c.name2)
attempt(c.method)
c.reset_mock()
print(c.a.b.call_count, c.mock_calls, c.a.b(), c.a.b.call_count)
c.a.b.reset_mock(return_value=True)
print(show(c.a.b()))
parent = MagicMock()
child1, child2 = Mock(), Mock()
parent.attach_mock(child1, 'first')
parent.attach_mock(child2, 'second')
child1(1)
child2.go(2)
print(parent.mock_calls, show(child1))
m3 = Mock(return_value=None)
m3.sub = Mock()
m3.sub(9)
print(m3.mock_calls, m3.method_calls)

print('== magic methods')
mm = MagicMock()
print(len(mm), list(mm), 3 in mm, int(mm), float(mm), bool(mm), complex(mm), mm == mm, mm != mm)
print(mm == 3, mm.__lt__(1), hash(mm) == object.__hash__(mm), str(mm) == object.__str__(mm))
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), mm[4], mm.mock_calls[-2:])
with mm as entered:
    print(show(entered))
mm.__iter__.return_value = [1, 2]
print(list(mm), list(mm))
mm.__str__ = lambda self: 'custom'
print(str(mm))
mm.__eq__.return_value = True
print(mm == 99)
attempt(setattr, mm, '__getattr__', 1)
attempt(lambda: Mock().__len__)
plain = Mock()
plain.__len__ = lambda self: 2
print(len(plain))

print('== spec and spec_set')


class Account:
    rate = 1

    def deposit(self, amount, note=''):
        return amount


sp = Mock(spec=Account)
print(show(sp), isinstance(sp, Account), sp.deposit(5) is sp.deposit.return_value)
attempt(lambda: sp.withdraw)
sp.extra = 1
print(sp.extra)
ss = Mock(spec_set=Account)
attempt(setattr, ss, 'extra', 1)
print(show(ss))
names = Mock(spec=['alpha', 'beta'])
print(show(names.alpha))
attempt(lambda: names.gamma)
attempt(lambda: Mock().assert_nothing)
print(Mock(unsafe=True).assert_nothing is not None)
attempt(Mock, spec=Mock())
print(dir(Mock(spec=['a', 'b']))[:6])

print('== sentinel, ANY, NonCallableMock, PropertyMock, seal')
print(sentinel.token, sentinel.token is sentinel.token, DEFAULT, ANY, ANY == 3, [1, ANY] == [1, 'x'])
nc = mock.NonCallableMock(name='nc')
attempt(nc)
print(show(nc.x), show(mock.NonCallableMagicMock()[0]))


class Config:
    pass


prop = mock.PropertyMock(return_value='on')
Config.mode = prop
cfg = Config()
print(cfg.mode)
cfg.mode = 'off'
print(prop.mock_calls)
del Config.mode
sealed = Mock()
sealed.a.b = 1
sealed.method.return_value = 2
mock.seal(sealed)
attempt(lambda: sealed.c)
attempt(lambda: sealed.a.zz)
attempt(setattr, sealed, 'new', 1)
print(sealed.a.b, sealed.method())
del sealed.a
attempt(lambda: sealed.a)
