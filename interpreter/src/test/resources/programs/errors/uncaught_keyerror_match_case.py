# an uncaught KeyError inside a guarded mapping-pattern case body
def f(x):
    match x:
        case {"type": t, **rest} if t not in rest:
            return rest[t]
f({"type": "k"})
