# importlib.reload of a module of the standard library runs its source again in the same
# namespace: a name the program replaced is restored, one it added stays, the module object is the
# same one.
import importlib
import json
import sys

original = json.dumps
json.dumps = "replaced"
json.added_by_program = 42
again = importlib.reload(json)
print(again is json, json is sys.modules["json"])
print(callable(json.dumps), json.dumps is not original, json.added_by_program)
print(json.dumps({"a": [1, 2]}))

import textwrap
textwrap.fill = None
importlib.reload(textwrap)
print(textwrap.fill("one two three four", width=9))

try:
    importlib.reload("json")
except TypeError as e:
    print("TypeError", e)
