# unittest.mock: the assert_* methods' failure messages as CPython words them (not called, called
# too often, wrong arguments, assert_any_call, assert_has_calls in order and in any order, the
# "Calls:" lists), comparisons through ANY, a spec's signature making positional and keyword
# arguments equal, and the same checks inside a unittest TestCase.
import io
import re
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY


def check(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as error:
        text = re.sub(r"id='\d+'", "id=...", str(error))
        print(f'{label}: AssertionError')
        for line in text.splitlines():
            print('   |', line)
        if error.__cause__ is not None:
            print('   cause:', type(error.__cause__).__name__, error.__cause__)
    else:
        print(f'{label}: passed')


m = Mock(name='sender')
check('assert_called, never', m.assert_called)
check('assert_called_with, never', m.assert_called_with, 1)
check('assert_not_called, never', m.assert_not_called)
m('hello', to='bob')
m.flush()
check('assert_called_with', m.assert_called_with, 'hello', to='bob')
check('assert_called_with, wrong', m.assert_called_with, 'hello', to='alice')
check('assert_called_once', m.assert_called_once)
check('assert_not_called', m.assert_not_called)
m('again')
check('assert_called_once, twice', m.assert_called_once)
check('assert_called_once_with, twice', m.assert_called_once_with, 'again')
check('assert_any_call', m.assert_any_call, 'hello', to='bob')
check('assert_any_call, missing', m.assert_any_call, 'bye')
check('assert_has_calls', m.assert_has_calls, [call('hello', to='bob'), call.flush()])
check('assert_has_calls, order', m.assert_has_calls, [call.flush(), call('hello', to='bob')])
check('assert_has_calls, any_order', m.assert_has_calls,
      [call('again'), call('hello', to='bob')], any_order=True)
check('assert_has_calls, any_order missing', m.assert_has_calls,
      [call('nope'), call('again')], any_order=True)
check('with ANY', m.assert_any_call, ANY, to=ANY)
check('child', m.flush.assert_called_once_with)
check('child, wrong', m.flush.assert_called_once_with, 1)
anonymous = Mock()
anonymous.method(1)
check('anonymous child', anonymous.method.assert_called_with, 2)
check('anonymous', anonymous.assert_called_once)
check('anonymous not called', anonymous.method.assert_not_called)


def transfer(source, target, amount=0):
    pass


spec_mock = Mock(spec=transfer)
spec_mock('a', 'b', amount=3)
check('spec, keywords', spec_mock.assert_called_with, 'a', target='b', amount=3)
check('spec, positional', spec_mock.assert_called_with, source='a', target='b', amount=3)
check('spec, wrong', spec_mock.assert_called_with, 'a', 'c', 3)
check('spec, unbindable', spec_mock.assert_called_with, 'a', 'b', 3, 4)

many = MagicMock()
for value in range(3):
    many.step(value)
check('many calls', many.step.assert_called_once_with, 2)
print(many.step.call_args_list)


class Mailer:
    def __init__(self, transport):
        self.transport = transport

    def send(self, *recipients):
        for name in recipients:
            self.transport.deliver(name, subject='hi')
        return len(recipients)


class MailerTest(unittest.TestCase):
    def test_delivers_each(self):
        transport = Mock()
        self.assertEqual(Mailer(transport).send('ann', 'bo'), 2)
        transport.deliver.assert_has_calls([call('ann', subject='hi'), call('bo', subject='hi')])

    def test_fails(self):
        transport = Mock()
        Mailer(transport).send('ann')
        transport.deliver.assert_called_once_with('bo', subject='hi')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(MailerTest))
text = re.sub(r'Ran 2 tests in [0-9.]+s', 'Ran 2 tests', stream.getvalue())
# The traceback's frames inside the mock module are left out: its source is not CPython's.
in_traceback = False
for line in text.splitlines():
    if line.startswith('Traceback'):
        in_traceback = True
        print(line)
    elif line.startswith('AssertionError'):
        in_traceback = False
    if not in_traceback:
        print(line)
print(result.wasSuccessful(), len(result.failures))
