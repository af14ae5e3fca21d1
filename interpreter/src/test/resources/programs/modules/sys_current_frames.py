# sys._current_frames(): a dict from each thread's ident to the frame it runs (the newest thread
# first), frame objects with f_code, f_lineno and f_back as sys._getframe gives them.
import sys, threading

def outer():
    return inner()

def inner():
    return sys._current_frames()

frames = outer()
print(list(frames) == [threading.get_ident()])
f = frames[threading.get_ident()]
print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
print(f is sys._getframe() or f.f_code is inner.__code__)

ready = threading.Event()
go = threading.Event()
def parked():
    ready.set()
    go.wait()

t = threading.Thread(target=parked, name="parked")
t.start()
ready.wait()
frames = sys._current_frames()
print(len(frames), list(frames)[0] == t.ident, list(frames)[1] == threading.get_ident())
tf = frames[t.ident]
chain = []
while tf is not None:
    chain.append(tf.f_code.co_name)
    tf = tf.f_back
print(chain)
print(frames[threading.get_ident()].f_code.co_name, type(frames[t.ident]).__name__)
go.set()
t.join()
print(list(sys._current_frames()) == [threading.get_ident()])
try:
    sys._current_frames(1)
except TypeError as e:
    print(e)
