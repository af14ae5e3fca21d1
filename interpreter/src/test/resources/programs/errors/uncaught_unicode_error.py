# UnicodeDecodeError / UnicodeEncodeError: attributes printed, then one uncaught with its message.
data = "naïve café ☕".encode("utf-8")
print(data, len(data))
try:
    data.decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object[:8])
print(data.decode("ascii", errors="replace"), data.decode("ascii", errors="ignore"), data.decode("latin-1"))
print("☕".encode("ascii", "xmlcharrefreplace"), "☕".encode("ascii", "backslashreplace"), "é".encode("cp1252"))
try:
    "price: 5€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
print(b"\xff\xfe".decode("utf-16"), "x".encode("utf-16-le"), bytes([0xe2, 0x98]).decode("utf-8", "replace"))
text = data[:-2].decode("utf-8")
