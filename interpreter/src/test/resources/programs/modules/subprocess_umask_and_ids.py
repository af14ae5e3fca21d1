# Popen's umask (the child's, the parent's own put back), user/group/extra_groups that are the
# process's own ids (by number and by name), and the argument checks on ids: negative, wrong types, unknown names.
import os
os.umask(0o022)
import subprocess, os, pwd, grp
for kw in [dict(umask=0o077), dict(umask=0), dict(user=os.getuid()), dict(user=pwd.getpwuid(os.getuid()).pw_name),
           dict(group=os.getgid()), dict(group=grp.getgrgid(os.getgid()).gr_name), dict(extra_groups=os.getgroups()),
           dict(pipesize=65536), dict(user=-1), dict(group=-2), dict(user=1.5), dict(group=[1]), dict(extra_groups=[None]),
           dict(extra_groups=[-3]), dict(user="no-such-user-x"), dict(group="no-such-group-x")]:
    try:
        r = subprocess.run(["sh", "-c", "umask"], capture_output=True, text=True, **kw)
        print(list(kw), r.returncode, r.stdout.strip())
    except Exception as e:
        print(list(kw), type(e).__name__, e)
print(oct(os.umask(0o022)))
