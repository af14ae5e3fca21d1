# zipfile: ZIP64 records written and read back with the module's limits lowered (extra fields for
# sizes and offsets, the ZIP64 end record and locator, LargeZipFile when ZIP64 is not allowed,
# force_zip64), data descriptors on an output that cannot seek, a stub before the archive, damaged
# archives (a CRC found bad only when a read reaches the end, data cut short, corrupt extra
# fields, bad signatures), and zipfile.Path over the archive's implied directories.
import hashlib
import io
import zipfile

STAMP = (2021, 2, 3, 4, 5, 6)


def digest(data):
    return hashlib.md5(data).hexdigest()[:12]


def member(name, compress=zipfile.ZIP_STORED):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    return info


def build(limit=None, count_limit=None, allow=True, force=False, prefix=b""):
    zipfile.ZIP64_LIMIT = limit or (1 << 31) - 1
    zipfile.ZIP_FILECOUNT_LIMIT = count_limit or (1 << 16) - 1
    buffer = io.BytesIO()
    buffer.write(prefix)
    try:
        with zipfile.ZipFile(buffer, "w", allowZip64=allow) as archive:
            archive.writestr(member("small.txt"), b"tiny")
            archive.writestr(member("big.bin", zipfile.ZIP_DEFLATED), bytes(range(256)) * 4)
            with archive.open(member("streamed.txt"), "w", force_zip64=force) as target:
                target.write(b"line\n" * 40)
            archive.comment = b"archive comment"
    except (zipfile.LargeZipFile, RuntimeError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)
    finally:
        zipfile.ZIP64_LIMIT = (1 << 31) - 1
        zipfile.ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
    return buffer.getvalue()


def describe(blob):
    if isinstance(blob, str):
        print(blob)
        return
    print(len(blob), digest(blob), blob.count(b"PK\x06\x06"), blob.count(b"PK\x06\x07"))
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        for info in archive.infolist():
            print(" ", info.filename, info.extract_version, info.create_version,
                  info.header_offset, info.compress_size, info.file_size, info.extra.hex()[:40])
            print(" ", digest(archive.read(info)), archive.comment)


print("-- plain")
describe(build())
print("-- sizes past a limit of 100")
describe(build(limit=100))
describe(build(limit=100, force=True))
print("-- offsets past a limit of 300")
describe(build(limit=300))
print("-- three members past a count limit of 2")
describe(build(count_limit=2))
print("-- ZIP64 refused")
describe(build(limit=100, allow=False))
describe(build(count_limit=2, allow=False))
describe(build(force=True, allow=False))
print("-- forced")
describe(build(force=True))
print("-- a stub before the archive")
describe(build(limit=100, force=True, prefix=b"#!/bin/sh\nexit 0\n"))


class OneWay(io.RawIOBase):
    """An output that cannot tell or seek."""

    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def tell(self):
        raise OSError("cannot tell")


print("-- data descriptors")
for force in (False, True):
    out = OneWay()
    with zipfile.ZipFile(out, "w") as archive:
        with archive.open(member("a.txt"), "w", force_zip64=force) as target:
            target.write(b"abc" * 10)
        archive.writestr(member("b.txt", zipfile.ZIP_DEFLATED), b"xyz" * 50)
    blob = b"".join(out.chunks)
    print(len(blob), digest(blob), blob.count(b"PK\x07\x08"))
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        print([(i.filename, i.flag_bits, i.CRC, archive.read(i)[:6]) for i in archive.infolist()])

print("-- damaged")
good = build()
with zipfile.ZipFile(io.BytesIO(good)) as archive:
    first = archive.getinfo("small.txt")
    start = first.header_offset + 30 + len("small.txt")
bad_crc = bytearray(good)
bad_crc[start] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(bad_crc))) as archive:
    # the first pull takes the whole small member: its CRC is checked at once
    with archive.open("small.txt") as reader:
        try:
            print(reader.read(2))
        except zipfile.BadZipFile as e:
            print("BadZipFile:", e)
        print(reader.read(0), reader.tell())
    print(archive.testzip())


def attempt(blob, name):
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as archive:
            return digest(archive.read(name))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


deflated = build()
with zipfile.ZipFile(io.BytesIO(deflated)) as archive:
    big = archive.getinfo("big.bin")
cut = bytearray(deflated)
print(attempt(bytes(cut[:len(cut) // 2]), "big.bin"))
corrupt_extra = bytearray(build(limit=100, force=True))
at = corrupt_extra.index(b"\x01\x00\x10\x00", corrupt_extra.index(b"PK\x01\x02"))
corrupt_extra[at + 2] = 0x40
print(attempt(bytes(corrupt_extra), "big.bin"))
short_extra = bytearray(build(limit=100, force=True))
at = short_extra.index(b"\x01\x00\x10\x00", short_extra.index(b"PK\x01\x02"))
short_extra[at + 2] = 0x04
print(attempt(bytes(short_extra), "big.bin"))
for label, offset in [("local", 0), ("central", good.index(b"PK\x01\x02"))]:
    broken = bytearray(good)
    broken[offset:offset + 4] = b"XX\x03\x04"
    print(label, attempt(bytes(broken), "small.txt"))
print(attempt(good[:-5], "small.txt"), zipfile.is_zipfile(io.BytesIO(good[:-5])))
print(attempt(good + b"junk after", "small.txt"))

print("-- Path")
buffer = io.BytesIO()
archive = zipfile.ZipFile(buffer, "w")
for name, text in [("README", "top"), ("pkg/__init__.py", ""), ("pkg/sub/mod.py", "x = 1\n"),
                   ("docs/", ""), ("docs/guide.md", "# Guide\n")]:
    archive.writestr(member(name), text)
archive.filename = "project.zip"
root = zipfile.Path(archive)
print(type(archive).__name__, sorted(archive.namelist()))


def walk(path, depth=0):
    for child in sorted(path.iterdir(), key=lambda p: p.at):
        print("  " * depth, repr(child), child.name, child.is_dir(), child.is_file(), child.suffix)
        if child.is_dir():
            walk(child, depth + 1)


walk(root)
module = root / "pkg" / "sub" / "mod.py"
print(module, module.exists(), module.read_text(), module.read_bytes(), module.stem,
      repr(module.parent), repr(module.parent.parent.parent), root.name, str(root.parent) == "")
print(repr(root.joinpath("pkg")), repr(root / "pkg/sub"), (root / "missing").exists())
for action in [lambda: (root / "pkg").open(), lambda: (root / "nope.txt").read_text(),
               lambda: list(module.iterdir()), lambda: module.open("rb", "utf-8")]:
    try:
        action()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
with (root / "new.txt").open("w") as target:
    target.write("written through Path")
archive.close()
with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as reread:
    print(reread.read("new.txt"), reread.getinfo("new.txt").external_attr >> 16)
