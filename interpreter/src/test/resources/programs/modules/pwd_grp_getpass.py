# The user and group databases (pwd, grp) and getpass: the entries as struct sequences, lookups by
# id and name agreeing with a full listing, CPython's argument checks (ids through __index__, -1 and
# 2**32-1 as (uid_t)-1, overflow reported as "not found" by getpwuid but raised by getgrgid), the
# KeyError texts; os.getuid and friends against the databases; getpass.getuser from the
# environment and then from pwd; getpass.getpass reading a line when the terminal cannot be
# controlled (GetPassWarning, the notice, the prompt and the newline on the stream, EOFError).
import grp
import io
import os
import pwd
import sys
import warnings
import getpass

root = pwd.getpwuid(0)
print(root)
print(root.pw_name, root[2], root.pw_dir, type(root).__module__, type(root).__name__, root.n_fields)
print(grp.getgrgid(0), type(grp.getgrgid(0).gr_mem).__name__)
every_user = pwd.getpwall()
print(all(pwd.getpwnam(p.pw_name).pw_name == p.pw_name for p in every_user),
      all(isinstance(p.pw_uid, int) and isinstance(p.pw_shell, str) for p in every_user))
print(all(grp.getgrnam(g.gr_name).gr_name == g.gr_name for g in grp.getgrall()))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), os.geteuid() == os.getuid(), isinstance(os.getgid(), int),
      isinstance(os.getegid(), int), all(isinstance(g, int) for g in os.getgroups()))
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))


class Index:
    def __index__(self):
        return 0


attempts = [
    lambda: pwd.getpwuid(12345678), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(2**32 - 1),
    lambda: pwd.getpwuid(-2), lambda: pwd.getpwuid(2**40), lambda: pwd.getpwuid(2**64),
    lambda: pwd.getpwuid('0'), lambda: pwd.getpwuid(1.0), lambda: pwd.getpwuid(Index()).pw_name,
    lambda: pwd.getpwuid(False).pw_name, lambda: pwd.getpwuid(uid=0), lambda: pwd.getpwuid(),
    lambda: pwd.getpwnam('no such user'), lambda: pwd.getpwnam("it's"), lambda: pwd.getpwnam('a\0b'),
    lambda: pwd.getpwnam(b'root'), lambda: pwd.getpwall(1), lambda: pwd.getpwall(x=1),
    lambda: grp.getgrgid(12345678), lambda: grp.getgrgid(-1), lambda: grp.getgrgid(-2),
    lambda: grp.getgrgid(2**40), lambda: grp.getgrgid(2**64), lambda: grp.getgrgid('0'),
    lambda: grp.getgrgid(id=0).gr_name, lambda: grp.getgrgid(0, id=0), lambda: grp.getgrgid(id=0, x=1),
    lambda: grp.getgrgid(x=1), lambda: grp.getgrgid(), lambda: grp.getgrnam(name='no such group'),
    lambda: grp.getgrnam(b'root'), lambda: grp.getgrnam('a\0'), lambda: pwd.struct_passwd(('a',) * 6),
]
for attempt in attempts:
    try:
        print(repr(attempt()))
    except Exception as e:
        print(type(e).__name__, e.args)

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
print(getpass.getuser() == me.pw_name)
os.environ['USERNAME'] = 'fourth'
os.environ['LNAME'] = 'third'
print(getpass.getuser())
os.environ['LOGNAME'] = 'first'
print(getpass.getuser())

sys.stdin = io.StringIO('secret\nno newline')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(getpass.getpass('pw? ', stream=sys.stdout)))
    out = io.StringIO()
    print(repr(getpass.getpass(stream=out)), repr(out.getvalue()))
    try:
        getpass.getpass(stream=out)
    except EOFError as e:
        print('EOFError', e.args, repr(out.getvalue()))
    print([(w.category.__name__, str(w.message), w.filename.endswith('getpass.py')) for w in caught])
print(issubclass(getpass.GetPassWarning, UserWarning))
