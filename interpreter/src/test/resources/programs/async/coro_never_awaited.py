# A coroutine that never ran warns when it dies: RuntimeWarning naming it, at the line running then.
import gc


async def job(n):
    return n


def make():
    job(1)          # dies at once: the warning points here
    return 'made'


print(make())
c = job(2)
del c               # the warning points at this line
c = job(3)
c.close()           # a closed coroutine does not warn
del c
print('end')
