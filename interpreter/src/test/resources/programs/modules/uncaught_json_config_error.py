# A config reader whose bad input ends the program: json.JSONDecodeError with its position attributes caught first, then an uncaught one from json.loads deep in a helper (traceback through the json package).
import json

GOOD = '{"name": "svc", "workers": 4, "tags": ["a", "b"], "limits": {"cpu": 1.5}}'
BAD = ['{"name": "svc",}', '{"a": 1} extra', "[1, 2", '{"k": NaN}', "{'single': 1}", '"\\x"', "", '{"a":\n  tru}']

cfg = json.loads(GOOD)
print(cfg["name"], cfg["workers"] * 2, cfg["limits"])
for text in BAD:
    try:
        print("parsed:", json.loads(text))
    except json.JSONDecodeError as e:
        print(f"JSONDecodeError: {e.msg!r} at line {e.lineno} col {e.colno} pos {e.pos}; str: {e}")
print(json.loads('{"k": NaN, "i": Infinity}'), json.loads("1e400"), json.loads('"\\u00e9\\ud83d\\ude00"'))
try:
    json.loads('{"k": NaN}', parse_constant=lambda c: (_ for _ in ()).throw(ValueError(f"constant {c} refused")))
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'), dec.raw_decode("  [1]"[2:]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"a": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
circular = []; circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps("é\u2028", ensure_ascii=False), json.dumps("é\u2028"), json.dumps([1, [2, [3]]], indent=0))

def read_settings(text):
    return normalise(json.loads(text))

def normalise(d):
    return {k.lower(): v for k, v in d.items()}

print(read_settings('{"A": 1}'))
read_settings('{"A": 1, "B": [1, 2,, 3]}')
