# Threads importing a module another thread is running wait for its import to end (importlib's
# per-module locks), so each sees the whole module and its body ran once; a module importing
# itself in one thread still gets the partly run module.
import os
import sys
import tempfile
import threading

folder = tempfile.mkdtemp()
sys.path.insert(0, folder)
with open(os.path.join(folder, "slow_body.py"), "w") as f:
    f.write("import time\nRUNS = []\nRUNS.append(1)\nFIRST = 1\ntime.sleep(0.2)\nLAST = 2\n")
with open(os.path.join(folder, "self_importer.py"), "w") as f:
    f.write("A = 1\nimport self_importer\nSEEN = hasattr(self_importer, 'B')\nB = 2\n")

seen = []
lock = threading.Lock()


def importer():
    import slow_body
    with lock:
        seen.append((hasattr(slow_body, "LAST"), len(slow_body.RUNS)))


threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))

import self_importer
print(self_importer.SEEN, self_importer.B)
for name in ("slow_body", "self_importer"):
    os.remove(os.path.join(folder, name + ".py"))
os.rmdir(folder)
