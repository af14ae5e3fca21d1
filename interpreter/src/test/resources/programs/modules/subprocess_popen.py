# subprocess.Popen: pipes read and written directly, communicate, poll/wait, return codes, kill,
# the helpers call/check_call/check_output/getoutput/getstatusoutput, and the context manager.
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"line one\n")
p.stdin.write(b"line two\n")
p.stdin.close()
print(p.stdout.readline())
print(p.stdout.read())
print(p.wait(), p.returncode, p.poll())
p.stdout.close()

with subprocess.Popen(["sh", "-c", "echo $((1 + 2)); echo oops >&2; exit 7"], stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE, text=True) as p:
    out, err = p.communicate()
print(repr(out), repr(err), p.returncode)
print(repr(p).startswith("<Popen: returncode: 7 args: ['sh'"))

p = subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo row $i; done"], stdout=subprocess.PIPE, text=True)
print([line for line in p.stdout])
p.wait()
p.stdout.close()

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())

print(subprocess.call(["sh", "-c", "exit 4"]))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "checked"]))
print(subprocess.check_output("echo $((2 * 512))", shell=True, text=True), end="")
print(subprocess.getoutput("echo got; echo err >&2"))
print(subprocess.getstatusoutput("echo status; exit 2"))
out, err = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True).communicate("fed\n")
print(repr(out), err)
