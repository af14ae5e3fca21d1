# A to-do list stored as JSON in a temporary file: add, complete, filter, reload, custom encoding.
import json, tempfile, os
from datetime import date, datetime

class Task:
    def __init__(self, title, due=None, done=False, tags=()):
        self.title, self.due, self.done, self.tags = title, due, done, list(tags)
    def __repr__(self):
        mark = "x" if self.done else " "
        due = self.due.isoformat() if self.due else "-"
        return f"[{mark}] {self.title} (due {due}) {' '.join('#' + t for t in self.tags)}".rstrip()

def encode(obj):
    if isinstance(obj, Task):
        return {"__task__": True, **vars(obj)}
    if isinstance(obj, date):
        return {"__date__": obj.isoformat()}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

def decode(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if d.pop("__task__", False):
        return Task(**d)
    return d

tasks = [Task("write report", date(2024, 3, 1), tags=["work"]),
         Task("buy milk", tags=["home", "shop"]),
         Task("call mom", date(2024, 2, 14)),
         Task("fix bike", date(2024, 2, 20), tags=["home"])]
tasks[1].done = True
folder = tempfile.mkdtemp()
path = os.path.join(folder, "todo.json")
with open(path, "w") as f:
    json.dump({"version": 2, "tasks": tasks}, f, default=encode, indent=2, sort_keys=True)
with open(path) as f:
    text = f.read()
print(text.splitlines()[:12])
print(len(text), text.count("\n"))
with open(path) as f:
    data = json.load(f, object_hook=decode)
loaded = data["tasks"]
for t in sorted(loaded, key=lambda t: (t.due is None, t.due or date.max)):
    print(t)
pending = [t.title for t in loaded if not t.done and "home" in t.tags]
print("pending home:", pending)
print(json.dumps(loaded[0], default=encode, separators=(",", ":")))
try:
    json.dumps({"when": datetime(2024, 1, 1, 12, 0)}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
os.remove(path)
os.rmdir(folder)
print(os.path.exists(folder))
