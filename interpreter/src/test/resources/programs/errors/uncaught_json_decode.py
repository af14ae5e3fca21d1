# Parsing a config string with a trailing comma: json.JSONDecodeError uncaught, its qualified
# name and message with line and column, through json's own library frames.
import json

good = '{"name": "app", "debug": true, "ports": [80, 443]}'
cfg = json.loads(good)
print(cfg["name"], cfg["ports"])
try:
    json.loads("[1, 2,]")
except json.JSONDecodeError as e:
    print("caught:", e.msg, e.lineno, e.colno, e.pos)

bad = '{\n  "name": "app",\n  "debug": true,\n}'
json.loads(bad)
