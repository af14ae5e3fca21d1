# the uncaught traceback of a chained exception
def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError as e:
        raise RuntimeError('cannot load ' + s) from e
load('abc')
