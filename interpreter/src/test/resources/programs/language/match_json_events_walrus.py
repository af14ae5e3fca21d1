# match over JSON-like events with walrus filters, class patterns on builtins, mapping patterns ignoring extra keys, and dispatch tables
import json
EVENTS = json.loads("""[
 {"type": "click", "pos": [10, 20], "button": "left"},
 {"type": "click", "pos": [5, 5, 5]},
 {"type": "key", "key": "q", "mods": ["ctrl"]},
 {"type": "key", "key": "Q", "mods": []},
 {"type": "scroll", "delta": -3.5},
 {"type": "scroll", "delta": 0},
 {"type": "resize", "size": {"w": 800, "h": 600}},
 {"type": "resize", "size": {"w": 0}},
 {"type": "batch", "events": [{"type": "key", "key": "a", "mods": ["shift", "alt"]}, {"type": "noop"}]},
 {"type": "unknown", "x": null},
 ["not", "a", "dict"],
 "stringly"
]""")

def handle(ev, depth=0):
    pad = "  " * depth
    match ev:
        case {"type": "click", "pos": [x, y], **rest}:
            print(f"{pad}click at {x},{y} button={rest.get('button', 'none')}")
        case {"type": "click", "pos": [*coords]}:
            print(f"{pad}click with {len(coords)} coords")
        case {"type": "key", "key": str(k), "mods": [*mods]} if "ctrl" in mods and k == "q":
            print(f"{pad}quit shortcut")
        case {"type": "key", "key": str(k), "mods": []} if k.isupper():
            print(f"{pad}capital {k}")
        case {"type": "key", "key": k, "mods": ["shift", *others]}:
            print(f"{pad}shift-{k} plus {others}")
        case {"type": "scroll", "delta": int(d) | float(d)} if d:
            print(f"{pad}scroll {'up' if d > 0 else 'down'} by {abs(d)}")
        case {"type": "scroll"}:
            print(f"{pad}zero scroll")
        case {"type": "resize", "size": {"w": int(w), "h": int(h)}} if (area := w * h) > 0:
            print(f"{pad}resize area={area}")
        case {"type": "resize", "size": dict(sz)}:
            print(f"{pad}bad resize keys={sorted(sz)}")
        case {"type": "batch", "events": list(evs)}:
            print(f"{pad}batch of {len(evs)}")
            for e in evs:
                handle(e, depth + 1)
        case {"type": str(t)}:
            print(f"{pad}unhandled type {t!r}")
        case [*items]:
            print(f"{pad}list event {items}")
        case _:
            print(f"{pad}garbage {ev!r}")

for e in EVENTS:
    handle(e)
counts = {}
for e in EVENTS:
    if isinstance(e, dict) and (t := e.get("type")):
        counts[t] = counts.get(t, 0) + 1
print(counts)
data = [1, 5, 12, 7, 20]
print([y for x in data if (y := x * 2) > 10], y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
