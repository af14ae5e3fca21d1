# sys._debugmallocstats() writes pymalloc's statistics to the C stderr; this
# reads the report back from a temporary file put on descriptor 2 and
# prints only what does not change from run to run: the threshold line, the
# table's header, the size classes in use and the section names (not the
# arena map's section: ours prints it only when the memory is mapped from the OS).
import os
import re
import sys
import tempfile

with tempfile.TemporaryFile(mode="w+b") as tmp:
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(tmp.fileno(), 2)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    tmp.seek(0)
    report = tmp.read().decode()

lines = report.splitlines()
print(lines[0])
header = next(l for l in lines if l.lstrip().startswith("class"))
print(header.split())
classes = []
for l in lines:
    m = re.match(r"\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s+\d+$", l)
    if m:
        classes.append((int(m.group(1)), int(m.group(2))))
print("size classes in use are multiples of 16:", all(size == (idx + 1) * 16 for idx, size in classes))
print("the 16..64 byte classes are in use:", [size for idx, size in classes if size <= 64])
free = re.findall(r"^\s*\d+ free (.+?) \* (\d+) bytes each", report, re.M)
print("free lists:", len(free))
for label, each in free[:8]:
    print(f"  {label:<26} {each:>4} bytes each")
arena_section = lines[:next(i for i, l in enumerate(lines) if l.startswith("Total"))]
print("arena summary:", [l.split("=")[0].strip() for l in arena_section if l.startswith("# ")])
