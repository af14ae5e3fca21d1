# pickle's protocol 0 writes a str as raw-unicode-escape text with backslash, NUL, newline,
# carriage return and ^Z escaped; pickle.dumps (CPython's C pickler) memoizes the str itself, so a
# second reference to it is fetched from the memo. (CPython's pure-Python _Pickler memoizes the
# escaped copy and writes such a str again: a differential run against it showed the split;
# programs see the C pickler's bytes.)
import pickle

plain = "plain text"
escaped = "line\nbreak\\ \r \x1a \0 caf\u00e9"
for protocol in range(3):
    data = pickle.dumps([plain, plain, escaped, escaped, (escaped,)], protocol)
    print(protocol, len(data), data.count(b"break"), data)
    back = pickle.loads(data)
    print(back[2] == escaped, back[2] is back[3], back[0] is back[1])
print(pickle.dumps({"k": escaped, "again": escaped}, 0))
print(pickle.dumps([escaped, escaped.replace("\\", "/")], 0))
