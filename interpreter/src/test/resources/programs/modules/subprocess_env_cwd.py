# subprocess: the child's environment is os.environ (changes included) unless env= is given, and
# cwd= sets its working directory.
import os, subprocess, tempfile

os.environ["PYHEAP_CHILD_TEST"] = "from os.environ"
print(subprocess.run(["sh", "-c", "echo $PYHEAP_CHILD_TEST"], capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "echo [$PYHEAP_CHILD_TEST] $ONLY"], env={"ONLY": "this"},
                     capture_output=True, text=True).stdout, end="")
d = tempfile.mkdtemp()
print(subprocess.run(["pwd"], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
os.rmdir(d)
try:
    subprocess.run(["pwd"], cwd=d)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == d)
