# tarfile: the header codec at its edges, as a differential fuzzer against CPython's module found
# them: numbers at the octal limits (GNU base-256 above them, pax records or overflow errors in
# the other formats), names and link targets around 100/155 bytes (ustar's prefix split, GNU's
# long-name members, pax 'path' records), pax record lengths across a digit boundary, members
# whose extension headers stack (GNU long name after a pax header, global pax headers), data sizes
# around whole blocks (offsets), damaged archives (truncated, bad checksums, zero blocks) and the
# limits of the one-pass '|' stream modes.
import hashlib
import io
import tarfile


def digest(data):
    return hashlib.md5(data).hexdigest()[:12]


def header(**fields):
    info = tarfile.TarInfo(fields.pop("name", "member"))
    for key, value in fields.items():
        setattr(info, key, value)
    return info


FORMATS = [("ustar", tarfile.USTAR_FORMAT), ("gnu", tarfile.GNU_FORMAT), ("pax", tarfile.PAX_FORMAT)]

print("-- numbers")
for field, values in [("uid", [2**21 - 1, 2**21, 2**56, -1]), ("size", [8**11 - 1, 8**11]),
                      ("mtime", [0, 1.5, -7, 2**40, 8**11])]:
    for value in values:
        row = []
        for label, fmt in FORMATS:
            try:
                blocks = header(**{field: value}).tobuf(fmt, "utf-8", "surrogateescape")
                row.append("%s:%d:%s" % (label, len(blocks), digest(blocks)))
            except ValueError as e:
                row.append("%s:%s" % (label, e))
        print(field, value, row)

print("-- the base-256 field")
print(tarfile.itn(2**21, 8, tarfile.GNU_FORMAT), tarfile.itn(-1, 8, tarfile.GNU_FORMAT))
print(tarfile.nti(tarfile.itn(-12345, 12, tarfile.GNU_FORMAT)), tarfile.nti(b"0000017\0"),
      tarfile.nti(b"  17  \0\0"), tarfile.nti(bytes(8)))
for bad in [b"0000009\0", b"12x\0\0\0\0\0"]:
    try:
        tarfile.nti(bad)
    except tarfile.HeaderError as e:
        print(type(e).__name__, e)

print("-- names")
for name in ["a" * 100, "a" * 101, "d/" + "a" * 100, "p" * 155 + "/" + "n" * 100,
             "p" * 156 + "/n", "x/" * 60 + "end", "\u00e9" * 60, "dir" * 40]:
    row = []
    for label, fmt in FORMATS:
        try:
            blocks = header(name=name, type=tarfile.DIRTYPE if name.startswith("dir") else tarfile.REGTYPE).tobuf(fmt, "utf-8", "strict")
            back = tarfile.open(fileobj=io.BytesIO(blocks + bytes(1024))).getmembers()[0]
            row.append("%s:%d:%s" % (label, len(blocks), back.name == name.rstrip("/")))
        except ValueError as e:
            row.append("%s:%s" % (label, e))
    print(len(name), row)
for linkname in ["t" * 100, "t" * 101]:
    for label, fmt in FORMATS:
        try:
            blocks = header(type=tarfile.SYMTYPE, linkname=linkname).tobuf(fmt, "utf-8", "strict")
            print(label, len(linkname), len(blocks))
        except ValueError as e:
            print(label, len(linkname), e)

print("-- pax record lengths")
for size in range(85, 100):
    info = header(pax_headers={"k": "v" * size})
    blocks = info.tobuf(tarfile.PAX_FORMAT, "utf-8", "strict")
    record = blocks[512:blocks.index(b"\n", 512) + 1]
    print(size, record[:4], len(record) == int(record.split(b" ")[0]))
print(tarfile.TarInfo.create_pax_global_header({"comment": "x" * 5, "surrogate": "\udcff"})[512:560])

print("-- offsets around whole blocks")
buffer = io.BytesIO()
with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
    for size in [0, 1, 511, 512, 513, 1024]:
        info = header(name="f%d" % size + "_" * (size % 7 * 20), size=size, mtime=1)
        tar.addfile(info, io.BytesIO(b"z" * size))
data = buffer.getvalue()
print(len(data), digest(data))
with tarfile.open(fileobj=io.BytesIO(data)) as tar:
    for info in tar:
        body = tar.extractfile(info).read()
        print(info.name[:6], info.size, info.offset, info.offset_data, len(body), info.chksum)

print("-- stacked extension headers")
# a pax header, then a GNU long name, then the member: the first one written has the last word
long_name = header(name="L" * 120).tobuf(tarfile.GNU_FORMAT, "utf-8", "strict")
pax = header(name="p", pax_headers={"path": "from-pax", "comment": "c"}).tobuf(
    tarfile.PAX_FORMAT, "utf-8", "strict")
pax_part = pax[:1024]
glob = tarfile.TarInfo.create_pax_global_header({"uname": "everyone", "mtime": "5.5"})
for label, stream in [("pax then gnu", pax_part + long_name), ("gnu then pax", long_name[:1024] + pax),
                      ("global", glob + header(name="g1").tobuf() + header(name="g2").tobuf())]:
    with tarfile.open(fileobj=io.BytesIO(stream + bytes(1024))) as tar:
        for info in tar:
            print(label, info.name[:12], info.offset, info.offset_data, info.uname, info.mtime,
                  sorted(info.pax_headers))

print("-- damaged archives")


def attempt(blob, mode="r:", **kwargs):
    # 'r:' rather than 'r': the summary of 'r:*' lists every compression tried
    try:
        with tarfile.open(fileobj=io.BytesIO(blob), mode=mode, **kwargs) as tar:
            return tar.getnames()
    except tarfile.TarError as e:
        return "%s: %s" % (type(e).__name__, str(e).replace("\n", " | "))


good = data
print(attempt(b""))
print(attempt(good[:100]))
print(attempt(good[:512]))
print(attempt(good[:1000]))
print(attempt(good[:2600]))
bad_first = bytearray(good)
bad_first[148:156] = b"1234567\0"
print(attempt(bytes(bad_first)))
bad_later = bytearray(good)
bad_later[1536 + 148:1536 + 156] = b"1234567\0"
print(attempt(bytes(bad_later)))
print(attempt(bytes(bad_later), ignore_zeros=True))
print(attempt(bytes(1024) + good))
print(attempt(bytes(1024) + good, ignore_zeros=True))
print(attempt(pax_part + bytes(512)))
print(attempt(long_name[:1024] + b"junk" * 128))
print(attempt(b"%d path=x\n" % 0 + bytes(10), mode="r:"))
bad_pax = header(pax_headers={"a": "b"}).tobuf(tarfile.PAX_FORMAT)
bad_pax = bad_pax[:512] + b"0 a=b\n" + bad_pax[518:]
print(attempt(bad_pax + bytes(1024)))
print(attempt(b"not a tar file at all" * 30, mode="r:gz"))
print(tarfile.is_tarfile(io.BytesIO(good)), tarfile.is_tarfile(io.BytesIO(b"x" * 600)))

print("-- stream modes")
out = io.BytesIO()
with tarfile.open(fileobj=out, mode="w|") as tar:
    tar.addfile(header(name="file", size=3), io.BytesIO(b"abc"))
    tar.addfile(header(name="link", type=tarfile.SYMTYPE, linkname="file"))
stream_data = out.getvalue()
print(len(stream_data), stream_data == data[:0] or digest(stream_data))
with tarfile.open(fileobj=io.BytesIO(stream_data), mode="r|*") as tar:
    for info in tar:
        try:
            reader = tar.extractfile(info)
            print(info.name, reader.read())
        except tarfile.StreamError as e:
            print(info.name, "StreamError:", e)
with tarfile.open(fileobj=io.BytesIO(stream_data), mode="r|") as tar:
    members = tar.getmembers()
    try:
        tar.extractfile(members[0]).read()
    except tarfile.StreamError as e:
        print("StreamError:", e)
for mode in ["r|bogus", "a|", "w|", "r:bogus", "q"]:
    try:
        tarfile.open(fileobj=io.BytesIO(stream_data), mode=mode).close()
        print(mode, "opened")
    except (ValueError, tarfile.TarError) as e:
        print(mode, type(e).__name__, e)
