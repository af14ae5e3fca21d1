# Children ended by signals, as waitpid reports them: terminate/kill/send_signal are kill(2), a
# child that kills itself, returncode -N against an exit status of 143, CalledProcessError's "died
# with <Signals...>", os.waitpid's status word read by the W* helpers (WNOHANG, ECHILD once waited
# for, Popen.wait after it), and os.system's status. (SIGALRM, not SIGHUP, for the shell that raises
# one: a parent started under nohup ignores SIGHUP, and its children inherit that.)
import os, signal, subprocess

p = subprocess.Popen(["sleep", "30"])
print(p.poll())
p.terminate()
print("terminate:", p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sleep", "30"])
p.kill()
print("kill:", p.wait())
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGUSR1)
print("SIGUSR1:", p.wait())
p.send_signal(signal.SIGTERM)  # already waited for: nothing is sent
p.terminate()
print("after:", p.returncode)

print("shell kills itself:", subprocess.call(["sh", "-c", "kill -TERM $$"]))
print("shell exits 143:", subprocess.call(["sh", "-c", "exit 143"]))
try:
    subprocess.run(["sh", "-c", "kill -ALRM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, str(e))
try:
    subprocess.check_call(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(e.returncode, str(e))
try:
    subprocess.check_output(["sh", "-c", "echo partial; kill -USR2 $$"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, str(e))

p = subprocess.Popen(["sh", "-c", "exit 7"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
      os.waitstatus_to_exitcode(status))
print("wait after waitpid:", p.wait())
p = subprocess.Popen(["sleep", "30"])
print("WNOHANG:", os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGKILL)
pid, status = os.waitpid(p.pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WCOREDUMP(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e.strerror)
status = os.system("kill -TERM $$")
print("system:", status, os.WIFSIGNALED(status), os.WTERMSIG(status))
status = os.system("exit 3")
print("system:", status, os.waitstatus_to_exitcode(status))
