# shutil's archive registries: register_archive_format/register_unpack_format with extra
# arguments, a writer run inside root_dir, RegistryError for a taken extension, TypeErrors of
# bad registrations, unregistering, dry_run with a logger (nothing written), tar owners, base_dir
# below root_dir, ReadError for a corrupt archive, and make_archive's bad compress value.
import logging, os, shutil, tarfile, tempfile, zipfile

class ListLogger:
    def __init__(self):
        self.lines = []
    def info(self, msg, *args):
        self.lines.append("info " + (msg % args))
    def debug(self, msg, *args):
        self.lines.append("debug " + (msg % args))

with tempfile.TemporaryDirectory() as tmp:
    def short(p):
        return str(p).replace(tmp, "TMP")
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    for name in ("pkg/a.txt", "pkg/sub/b.txt", "top.txt"):
        with open(os.path.join(src, name), "w") as f:
            f.write(name * 3)

    def listing_writer(base_name, base_dir, prefix="", **kwargs):
        names = sorted(os.path.join(d, f) for d, _, fs in os.walk(base_dir) for f in fs)
        with open(base_name + ".lst", "w") as f:
            f.write("\n".join(prefix + n for n in names))
        return base_name + ".lst"

    shutil.register_archive_format("lst", listing_writer, [("prefix", "> ")], "file listing")
    print([f for f in shutil.get_archive_formats() if f[0] == "lst"])
    cwd = os.getcwd()
    out = shutil.make_archive(os.path.join(tmp, "listing"), "lst", root_dir=src, base_dir="pkg")
    print(short(out), os.getcwd() == cwd, open(out).read().splitlines())
    shutil.unregister_archive_format("lst")
    print("lst" in dict(shutil.get_archive_formats()))

    def unpack_listing(filename, extract_dir, marker="*"):
        os.makedirs(extract_dir, exist_ok=True)
        with open(os.path.join(extract_dir, "names"), "w") as f:
            f.write(marker + open(filename).read())

    shutil.register_unpack_format("lst", [".lst"], unpack_listing, [("marker", "#")], "listing")
    shutil.unpack_archive(out, os.path.join(tmp, "unl"))
    print(open(os.path.join(tmp, "unl", "names")).read().splitlines()[0])
    for bad in (lambda: shutil.register_unpack_format("zip2", [".zip"], unpack_listing),
                lambda: shutil.register_unpack_format("x", [".x"], "not callable"),
                lambda: shutil.register_archive_format("x", 42),
                lambda: shutil.register_archive_format("x", listing_writer, "ab"),
                lambda: shutil.register_archive_format("x", listing_writer, [("only one",)]),
                lambda: shutil.unpack_archive(out, tmp, format="nope"),
                lambda: shutil.make_archive("x", "nope")):
        try:
            bad()
        except (shutil.RegistryError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
    shutil.unregister_unpack_format("lst")

    log = ListLogger()
    name = shutil.make_archive(os.path.join(tmp, "dry", "archive"), "zip", root_dir=src, dry_run=True, logger=log)
    print(short(name), os.path.exists(os.path.join(tmp, "dry")), [short(l) for l in log.lines])
    log = ListLogger()
    name = shutil.make_archive(os.path.join(tmp, "real"), "zip", root_dir=src, base_dir="pkg", logger=log)
    print(sorted(zipfile.ZipFile(name).namelist()), [short(l) for l in log.lines][:2])
    name = shutil.make_archive(os.path.join(tmp, "owned"), "gztar", root_dir=src, owner="root", group="root")
    with tarfile.open(name) as t:
        print(sorted((m.name, m.uname, m.gname, m.uid) for m in t.getmembers())[:3])
    with open(os.path.join(tmp, "broken.tar.gz"), "wb") as f:
        f.write(b"not a tarball at all")
    with open(os.path.join(tmp, "broken.zip"), "wb") as f:
        f.write(b"PK not really")
    for archive in ("broken.tar.gz", "broken.zip"):
        try:
            shutil.unpack_archive(os.path.join(tmp, archive), os.path.join(tmp, "o"))
        except shutil.ReadError as e:
            print("ReadError", short(e))
    try:
        shutil._make_tarball(os.path.join(tmp, "z"), src, compress="zstd")
    except ValueError as e:
        print("ValueError", e)
