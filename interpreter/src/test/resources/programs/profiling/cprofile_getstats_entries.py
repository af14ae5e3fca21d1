# _lsprof's Profile.getstats(): entries per code with callcount and reccallcount, subcall entries.
import cProfile

def walk(n):
    if n:
        walk(n - 1)

def main():
    for _ in range(2):
        walk(3)

p = cProfile.Profile()
p.enable()
main()
p.disable()
for entry in sorted(p.getstats(), key=lambda e: str(getattr(e.code, "co_name", e.code))):
    name = entry.code.co_name if hasattr(entry.code, "co_name") else entry.code
    if name in ("walk", "main"):
        subs = sorted((getattr(s.code, "co_name", s.code), s.callcount, s.reccallcount) for s in (entry.calls or []))
        print(name, entry.callcount, entry.reccallcount, subs)
print(type(p.getstats()[0]).__name__)
