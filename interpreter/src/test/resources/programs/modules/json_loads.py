# json.loads parses JSON into dicts, lists, str, int, float, bool and None; errors say where.
import json

doc = '{"a": [1, 2.0, -3e2, "s\\u00e9"], "b": {"c": null, "d": true, "e": false}, "f": ""}'
obj = json.loads(doc)
print(obj)
print(type(obj["a"][0]).__name__, type(obj["a"][1]).__name__, obj["a"][2], obj["a"][3])
print(json.loads("123"), json.loads('"x"'), json.loads("[]"), json.loads(" null "))
print(json.loads(json.dumps({"round": [1, "trip"]})) == {"round": [1, "trip"]})
for bad in ('{"a": 1,}', "[1, 2", "nope", '{"a" 1}'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "| pos", e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
