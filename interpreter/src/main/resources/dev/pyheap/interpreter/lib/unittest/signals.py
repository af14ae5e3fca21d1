"""The results a TextTestRunner registered (registerResult, removeResult).

Left out: installHandler and removeHandler (Control-C stopping the run), as there is no
signal module."""

import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))
