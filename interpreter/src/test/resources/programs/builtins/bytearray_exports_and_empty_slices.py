# A bytearray with a live memoryview refuses every edit that changes its size, and the refused
# edit leaves the contents as they were (CPython checks before moving a byte); an empty value
# given to an extended slice deletes it; frozenset() of an exact frozenset is that frozenset.
ba = bytearray(b"abcdefgh")
view = memoryview(ba)
edits = [
    ("del ba[0]", lambda: ba.__delitem__(0)),
    ("del ba[2:5]", lambda: ba.__delitem__(slice(2, 5))),
    ("ba[0:3] = b'x'", lambda: ba.__setitem__(slice(0, 3), b"x")),
    ("ba[1:2] = b'xyz'", lambda: ba.__setitem__(slice(1, 2), b"xyz")),
    ("del ba[::2]", lambda: ba.__delitem__(slice(None, None, 2))),
    ("del ba[3:3:2]", lambda: ba.__delitem__(slice(3, 3, 2))),
    ("ba[::3] = b''", lambda: ba.__setitem__(slice(None, None, 3), b"")),
    ("ba.pop()", lambda: ba.pop()),
    ("ba.pop(0)", lambda: ba.pop(0)),
    ("ba.remove(99)", lambda: ba.remove(99)),
    ("ba.remove(0)", lambda: ba.remove(0)),
    ("ba.clear()", lambda: ba.clear()),
    ("ba.append(1)", lambda: ba.append(1)),
    ("ba.insert(0, 1)", lambda: ba.insert(0, 1)),
    ("ba += b'!'", lambda: ba.__iadd__(b"!")),
    ("ba *= 2", lambda: ba.__imul__(2)),
    ("ba[0:2] = b'AB'", lambda: ba.__setitem__(slice(0, 2), b"AB")),
    ("ba[::2] = b'1234'", lambda: ba.__setitem__(slice(None, None, 2), b"1234")),
    ("del ba[3:3]", lambda: ba.__delitem__(slice(3, 3))),
]
for label, edit in edits:
    try:
        edit()
        print(f"{label:18} ok          {ba}")
    except (BufferError, ValueError) as e:
        print(f"{label:18} {type(e).__name__:11} {ba} {e}")
view.release()

plain = bytearray(b"0123456789")
plain[::2] = b""
print("empty value deletes the extended slice:", plain)
plain[::3] = []
print("an empty list too:", plain)
try:
    plain[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
plain[1:4:5] = b""
print("one-item extended slice:", plain)

fs = frozenset("abc")
print(frozenset(fs) is fs, frozenset.__new__(frozenset, fs) is fs, frozenset() is frozenset())
class Sub(frozenset):
    pass
sub = Sub("ab")
print(frozenset(sub) is sub, type(frozenset(sub)).__name__, Sub(fs) is fs, type(Sub(fs)).__name__)
print(set(fs) is fs, frozenset(iter(fs)) is fs, frozenset(fs) == fs)
try:
    frozenset(fs, key=1)
except TypeError as e:
    print("TypeError:", e)
