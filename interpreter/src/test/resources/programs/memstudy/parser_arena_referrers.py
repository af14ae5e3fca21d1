# Who else refers to a constant of the main program? While the main module runs, CPython's parser
# arena (a list) still holds every constant the parser made, so gc.get_referrers finds a list
# beside the code object's constants tuple and the globals dict. Code compiled by exec() or
# compile() has no arena left once it runs.
import gc
import sys

GREETING = "a greeting made by the parser"
LIMIT = 1234567


def kinds(obj):
    return sorted(type(r).__name__ for r in gc.get_referrers(obj))


def local_constant():
    ratio = 2.718281828
    return kinds(ratio), sys.getrefcount(ratio)


print("module str constant:", kinds(GREETING))
print("module int constant:", kinds(LIMIT))
print("function's float constant:", local_constant())
lists = [r for r in gc.get_referrers(GREETING) if type(r) is list]
print("one list holds it:", len(lists), GREETING in lists[0])
print("the list is tracked:", gc.is_tracked(lists[0]))
del lists

ns = {}
exec("made = 'a constant of exec-compiled code'", ns)
print("exec'd constant:", kinds(ns["made"]))
code = compile("value = 9876543", "<text>", "exec")
print("compiled, not run:", kinds(code.co_consts[0]))
exec(code, ns)
print("after the run:", kinds(ns["value"]))
