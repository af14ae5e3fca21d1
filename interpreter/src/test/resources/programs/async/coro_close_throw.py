# close() and throw() reach the innermost awaited object first, then unwind each coroutine.
import types


@types.coroutine
def pause(tag):
    try:
        yield tag
    finally:
        print('pause', tag, 'unwound')


async def inner():
    try:
        await pause('inner')
    finally:
        print('inner finally')
    return 'inner done'


async def outer():
    try:
        r = await inner()
        print('outer got', r)
    except KeyError as e:
        print('outer caught', repr(e))
        return 'handled'
    finally:
        print('outer finally')


c = outer()
print(c.send(None))
c.close()
print('closed, frame', c.cr_frame)

c = outer()
c.send(None)
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('throw ended with', e.value)


async def stubborn():
    try:
        await pause('stubborn')
    except GeneratorExit:
        await pause('again')

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError:', e)
c.close()
