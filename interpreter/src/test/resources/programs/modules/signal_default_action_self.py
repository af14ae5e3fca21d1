# A program that sends itself SIGTERM with the default disposition ends by that signal (a parent
# sees -15): its flushed output stays, what sys.stdout holds is lost, no finally or atexit runs; a
# handler installed first is called instead (the program goes on), and SIG_IGN drops the signal.
import atexit, os, signal

atexit.register(print, "atexit ran", flush=True)
signal.signal(signal.SIGTERM, lambda n, f: print("handler", signal.Signals(n).name, f.f_code.co_name, flush=True))
os.kill(os.getpid(), signal.SIGTERM)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGTERM)
signal.raise_signal(signal.SIGTERM)
print("still running", flush=True)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print("held in the buffer")
try:
    os.kill(os.getpid(), signal.SIGTERM)
finally:
    print("finally ran", flush=True)
