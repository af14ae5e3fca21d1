# json dumps/loads of a big nested document.
import json

doc = {
    "users": [
        {"id": i, "name": "user%d" % i, "email": "u%d@example.com" % i,
         "tags": ["t%d" % (i % 7), "t%d" % (i % 11)], "score": i * 1.5,
         "active": i % 3 == 0, "address": {"street": "%d Main St" % i, "zip": "%05d" % i, "geo": [i / 7, -i / 13]},
         "note": None if i % 5 else "caf\u00e9 \"quoted\" \n line"}
        for i in range(4000)
    ],
    "meta": {"count": 4000, "version": "1.0"},
}
total = 0
for _ in range(6):
    s = json.dumps(doc)
    t = json.dumps(doc, indent=2, sort_keys=True)
    back = json.loads(s)
    back2 = json.loads(t)
    total += len(s) + len(t) + len(back["users"]) + back2["meta"]["count"]
print(total, back == doc, back2["users"][1234]["address"])
