# os.link: a hard link shares the file (st_nlink, st_ino, writes seen through both names), the
# errors name both paths (FileExistsError, FileNotFoundError), path-like and bytes arguments,
# removing one name leaves the other.
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    first = os.path.join(tmp, 'first')
    with open(first, 'w') as f:
        f.write('shared')
    second = os.path.join(tmp, 'second')
    print(os.link(first, second))
    print(os.stat(first).st_nlink, os.stat(second).st_nlink, os.stat(first).st_ino == os.stat(second).st_ino)
    with open(second, 'a') as f:
        f.write(' text')
    print(open(first).read())
    os.link(pathlib.Path(first), pathlib.Path(tmp) / 'third')
    os.link(first.encode(), os.path.join(tmp, 'fourth').encode())
    print(sorted(os.listdir(tmp)), os.stat(first).st_nlink)
    for src, dst in [(first, second), (os.path.join(tmp, 'missing'), os.path.join(tmp, 'x'))]:
        try:
            os.link(src, dst)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == src, e.filename2 == dst)
    os.remove(first)
    print(open(second).read(), os.stat(second).st_nlink, os.path.exists(first))
    try:
        os.link(1.5, second)
    except TypeError as e:
        print('TypeError', e)
print('link' in os.__all__)
