# pickle of large objects (protocols 1, 2, 4, 5): lists and dicts past the batch size of 1000 items (several APPENDS and
# SETITEMS), sets past it (ADDITEMS), frames of 64 KiB (protocol 4 and 5), bytes and str long
# enough to go out of the frame, and a memo past 256 entries (LONG_BINGET/LONG_BINPUT).
import pickle

def digest(data):
    return len(data), sum(data), sum(data[::7]), data.count(b"\x94"), data.count(b"\x95")

values = {
    "list 2100": list(range(2100)),
    "dict 1100": {i: -i for i in range(1100)},
    "set 1100": set(range(1100)),
    "bytes 100000": bytes(range(256)) * 390 + b"tail",
    "str 70000": "x\u00e9" * 35000,
    "strs 300": [str(i) * 3 for i in range(300)] * 2,
}
for name, value in values.items():
    for proto in (1, 2, 4, 5):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        print(name, proto, digest(data), data[:24], data[-12:], back == value)
