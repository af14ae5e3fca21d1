# plistlib: dumps in the XML format (indentation, base64 data lines, dates, escaping) and the
# binary one (object table, shared scalars, UIDs), loads of both, InvalidFileException and the
# XML reader's ValueErrors, write errors, skipkeys/sort_keys, hex integers and short dates
import plistlib, datetime
v = {'name': 'pyheap', 'n': 42, 'neg': -7, 'big': 2**63 + 5, 'pi': 3.25, 'ok': True, 'no': False,
     'when': datetime.datetime(2024, 2, 29, 13, 45, 6), 'blob': b'\x00\x01binary' * 9,
     'list': [1, 'two', [3.0, {}], ()], 'empty': {}, 'u\u20ac': 'caf\u00e9 <&>', 'nested': {'a': {'b': [b'']}}}
x = plistlib.dumps(v)
print(x.decode())
print(plistlib.loads(x) == {**v, 'list': [1, 'two', [3.0, {}], []]})
b = plistlib.dumps(v, fmt=plistlib.FMT_BINARY)
print(b.hex())
print(plistlib.loads(b))
print(plistlib.dumps([plistlib.UID(3), plistlib.UID(300)], fmt=plistlib.FMT_BINARY).hex(), plistlib.loads(plistlib.dumps([plistlib.UID(3)], fmt=plistlib.FMT_BINARY)))
print(plistlib.FMT_XML, repr(plistlib.FMT_BINARY))
for bad in [b'garbage', b'bplist00xx', b'<plist><dict><key>a</key></dict></plist>', b'<?xml version="1.0"?><plist><dict><string>x</string></dict></plist>']:
    try: print(plistlib.loads(bad))
    except Exception as e: print(type(e).__name__, e)
for bad in [{1: 2}, {'a': object()}, 2**64, 'a\x00b']:
    try: plistlib.dumps(bad)
    except Exception as e: print(type(e).__name__, str(e)[:40])
print(plistlib.dumps({1: 2, 'k': 'v'}, skipkeys=True, sort_keys=False))
print(plistlib.loads(b'<plist><integer>0x1F</integer></plist>'), plistlib.loads(b'<plist><date>2020-01-02Z</date></plist>'))
