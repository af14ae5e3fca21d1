# Who holds an object carried by an exception inside an exception group: the leaf exception's
# args tuple, the group's args (its message and the very list it was given) and its `exceptions`
# tuple (two references per leaf), and in `except*` the
# split groups that the handler sees as `e` (each a new group sharing the leaf exceptions, not
# copies of them). When the handler ends, `e` is deleted and the split groups go; what stays is
# the original group as long as a name holds it. Counts are sys.getrefcount minus its argument.
import sys


def rc(obj):
    return sys.getrefcount(obj) - 2


class Payload:
    pass


data = Payload()
leaf = ValueError("bad value", data)
other = KeyError(data)
print("leaf args hold data:", rc(data))

group = ExceptionGroup("batch", [leaf, other, TypeError("t")])
print("group made: data", rc(data), "leaf", rc(leaf), "other", rc(other))
print("group.exceptions is a tuple:", type(group.exceptions).__name__, len(group.exceptions))

seen = []
try:
    raise group
except* ValueError as e:
    seen.append(("ValueError part", rc(leaf), len(e.exceptions), e.exceptions[0] is leaf))
except* KeyError as e:
    seen.append(("KeyError part", rc(other), e.exceptions[0] is other, e.message))
except* TypeError:
    seen.append(("TypeError part",))
for entry in seen:
    print(*entry)
print("after except*: leaf", rc(leaf), "other", rc(other), "data", rc(data))

# only the raised group gets a traceback; its leaves were never raised themselves
print("leaf traceback:", leaf.__traceback__)
print("group traceback set:", group.__traceback__ is not None)

# split() returns new groups holding the same leaves
match, rest = group.split(ValueError)
print("split: leaf", rc(leaf), "other", rc(other), match.exceptions[0] is leaf)
print("rest leaves:", [type(x).__name__ for x in rest.exceptions])
del match, rest
print("split dropped: leaf", rc(leaf), "other", rc(other))

# subgroup with a predicate, derive keeps the message
sub = group.subgroup(lambda exc: isinstance(exc, (KeyError, TypeError)))
print("subgroup:", sub.message, len(sub.exceptions), rc(other))
del sub
print("subgroup dropped:", rc(other))

# an exception group stored by the handler keeps the split part alive
kept = []
try:
    raise ExceptionGroup("again", [ValueError(data)])
except* ValueError as e:
    kept.append(e)
print("kept group holds data:", rc(data), type(kept[0]).__name__, kept[0].message)
kept.clear()
print("kept cleared:", rc(data))

del group
print("group gone: leaf", rc(leaf), "other", rc(other), "data", rc(data))
del leaf, other
print("leaves gone: data", rc(data))
