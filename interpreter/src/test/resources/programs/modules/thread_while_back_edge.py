# A thread whose loop has no back edge but the loop condition's backward jump still hands the GIL
# over: 3.11 checks the eval breaker there as at JUMP_BACKWARD (POP_JUMP_BACKWARD_IF_FALSE/_TRUE,
# _IF_NONE/_NOT_NONE, and the int/float compare fused with its jump). The main thread sleeps, then
# needs the GIL back to stop each loop.
import threading, time

state = {"stop": False, "value": None, "count": 0, "ratio": 0.0}

def until_flag():
    while not state["stop"]:
        pass

def until_int():
    while state["count"] < 10:
        pass

def until_float():
    while state["ratio"] < 0.5:
        pass

def while_none():
    while state["value"] is None:
        pass

def while_not_none():
    while state["value"] is not None:
        pass

def stop_flag(): state["stop"] = True
def stop_int(): state["count"] = 10
def stop_float(): state["ratio"] = 0.75
def stop_none(): state["value"] = 1
def stop_not_none(): state["value"] = None

for loop, stop in ((until_flag, stop_flag), (until_int, stop_int), (until_float, stop_float),
                   (while_none, stop_none), (while_not_none, stop_not_none)):
    t = threading.Thread(target=loop)
    t.start()
    time.sleep(0.02)
    stop()
    t.join()
    print(loop.__name__, "stopped by the main thread:", not t.is_alive())
print("the state at the end:", state)
