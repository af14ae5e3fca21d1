# netrc: machine/default entries with login (or user), account and password, quoted tokens and
# backslashes, comments, macdef bodies, authenticators' default fallback, the repr, every
# NetrcParseError with its line, and ~/.netrc's permission check
import netrc, os, tempfile
d = tempfile.mkdtemp()
def parse(text):
    path = os.path.join(d, 'netrc')
    with open(path, 'w') as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
        print(n.hosts, n.macros)
        return n
    except netrc.NetrcParseError as e:
        print('NetrcParseError', str(e).replace(d, 'D'), e.lineno, e.msg)
n = parse('machine host.one login alice password s3cret\nmachine two\n  user bob account acct password "pa ss\\"word"\ndefault login anon password x\n')
print(n.authenticators('host.one'), n.authenticators('nowhere'), n.authenticators('two'))
print(repr(n))
parse('# comment line\nmachine a login b # trailing comment\n password c\n#\nmacdef init\ncd /pub\nls\n\nmachine z login y password w\n')
parse('machine a login b\nmacdef m\nline\n')
parse('machine a login b bogus c\n')
parse('nonsense\n')
parse('machine\n')
parse('machine "quoted host" login x\\ y password ""\n')
parse('machine a login b password c#notcomment\n#x\n')
parse('')
os.environ['HOME'] = d
with open(os.path.join(d, '.netrc'), 'w') as f:
    f.write('machine h login user password p\n')
os.chmod(os.path.join(d, '.netrc'), 0o644)
try:
    netrc.netrc()
except netrc.NetrcParseError as e:
    print(e.msg)
os.chmod(os.path.join(d, '.netrc'), 0o600)
print(netrc.netrc().hosts)
try:
    netrc.netrc(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print(type(e).__name__)
import shutil; shutil.rmtree(d)
