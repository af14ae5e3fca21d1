# tarfile: add() of a folder tree (recursion in sorted order, arcname, a filter that renames,
# drops or normalizes members), extractall/extract with the 3.11 extraction filters ('data',
# 'tar', 'fully_trusted', a function, extraction_filter), what the 'data' filter changes (modes,
# owners) and refuses (absolute paths, '..', links leading out, special files) with its messages,
# errorlevel, and a file written then read back by path with 'w'/'r' and 'x'.
import io
import os
import tarfile
import tempfile


def normalized(info):
    # the same archive on any machine: fixed times, owners and modes
    info.mtime = 1600000000
    info.uid = info.gid = 0
    info.uname = info.gname = 'root'
    info.mode = 0o755 if info.isdir() else 0o644
    return info


def tree(root):
    result = []
    for folder, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        rel = os.path.relpath(folder, root)
        for name in sorted(files):
            with open(os.path.join(folder, name), 'rb') as f:
                result.append((os.path.join(rel, name), f.read()))
        for name in dirs:
            result.append((os.path.join(rel, name) + '/', None))
    return sorted(result)


with tempfile.TemporaryDirectory() as top:
    src = os.path.join(top, 'src')
    os.makedirs(os.path.join(src, 'pkg', 'sub'))
    os.makedirs(os.path.join(src, 'empty'))
    for rel, text in [('README', 'read me\n'), ('pkg/__init__.py', ''), ('pkg/mod.py', 'x = 1\n'),
                      ('pkg/sub/data.csv', 'a,b\n1,2\n'), ('pkg/skip.pyc', 'binary')]:
        with open(os.path.join(src, rel), 'w') as f:
            f.write(text)

    archive = os.path.join(top, 'out.tar')
    with tarfile.open(archive, 'w') as tar:
        tar.add(src, arcname='project', filter=normalized)
        tar.add(os.path.join(src, 'README'), arcname='top-readme', filter=normalized)
        tar.add(os.path.join(src, 'pkg'), arcname='flat', recursive=False, filter=normalized)
        tar.add(src, arcname='filtered',
                filter=lambda info: None if info.name.endswith('.pyc') else normalized(info))
        print(tar.name == archive, len(tar.getmembers()))
    with open(archive, 'rb') as f:
        data = f.read()
    print(len(data))
    with tarfile.open(archive) as tar:
        for info in tar:
            print(info.name, info.type, oct(info.mode), info.size, info.uname)

    dest = os.path.join(top, 'dest')
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter='data')
    for entry in tree(dest):
        print(entry)
    with tarfile.open(archive) as tar:
        tar.extract('top-readme', os.path.join(top, 'one'), filter='data')
        tar.extract(tar.getmember('project/pkg/mod.py'), os.path.join(top, 'one'))
        print(tree(os.path.join(top, 'one')))
        members = [m for m in tar.getmembers() if m.name.startswith('filtered/pkg')]
        tar.extractall(os.path.join(top, 'some'), members=members, filter='tar')
        print(tree(os.path.join(top, 'some')))

    # the filters on hostile members
    def hostile(name, **fields):
        info = tarfile.TarInfo(name)
        for key, value in fields.items():
            setattr(info, key, value)
        return info

    cases = [hostile('/etc/passwd'), hostile('../escape.txt'), hostile('a/../../b'),
             hostile('ok.txt', mode=0o4777, uid=5, gid=6, uname='u', gname='g'),
             hostile('exe.sh', mode=0o751), hostile('link', type=tarfile.SYMTYPE, linkname='/etc'),
             hostile('up', type=tarfile.SYMTYPE, linkname='../..'),
             hostile('hard', type=tarfile.LNKTYPE, linkname='../x'),
             hostile('dev', type=tarfile.CHRTYPE), hostile('fifo', type=tarfile.FIFOTYPE),
             hostile('dir', type=tarfile.DIRTYPE, mode=0o777)]
    for info in cases:
        for name, func in [('data', tarfile.data_filter), ('tar', tarfile.tar_filter),
                           ('fully_trusted', tarfile.fully_trusted_filter)]:
            try:
                out = func(info, dest)
            except tarfile.FilterError as e:
                print(info.name, name, type(e).__name__, str(e).replace(top, '<top>'))
            else:
                print(info.name, name, out is info, out.name, None if out.mode is None else oct(out.mode),
                      out.uid, out.gid, out.uname, out.gname)

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode='w') as tar:
        tar.addfile(hostile('../evil.txt', size=4), io.BytesIO(b'evil'))
        tar.addfile(hostile('fine.txt', size=4), io.BytesIO(b'fine'))
    for errorlevel in (1, 0):
        buffer.seek(0)
        with tarfile.open(fileobj=buffer, errorlevel=errorlevel) as tar:
            target = os.path.join(top, 'e%d' % errorlevel)
            try:
                tar.extractall(target, filter='data')
            except tarfile.FilterError as e:
                print(errorlevel, type(e).__name__, str(e).replace(top, '<top>'))
            print(errorlevel, tree(target) if os.path.exists(target) else 'nothing')
    buffer.seek(0)
    with tarfile.open(fileobj=buffer) as tar:
        try:
            tar.extractall(os.path.join(top, 'x'), filter='bogus')
        except ValueError as e:
            print(e)
        tar.extraction_filter = 'data'
        try:
            tar.extractall(os.path.join(top, 'x'))
        except TypeError as e:
            print(e)
        tar.extraction_filter = staticmethod(tarfile.data_filter).__func__
        tar.extractall(os.path.join(top, 'x'), members=[tar.getmember('fine.txt')])
        print(tree(os.path.join(top, 'x')))
        seen = []
        tar.extractall(os.path.join(top, 'y'), filter=lambda m, path: seen.append(m.name))
        print(seen, os.path.exists(os.path.join(top, 'y')))

    exclusive = os.path.join(top, 'new.tar')
    with tarfile.open(exclusive, 'x') as tar:
        tar.addfile(hostile('a.txt', size=1), io.BytesIO(b'a'))
    try:
        tarfile.open(exclusive, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    with tarfile.open(exclusive, 'a') as tar:
        tar.addfile(hostile('b.txt', size=1), io.BytesIO(b'b'))
    with tarfile.open(exclusive) as tar:
        print(tar.getnames(), os.path.getsize(exclusive))
    try:
        tarfile.open(os.path.join(top, 'missing.tar'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
