# pipes (deprecated in 3.11: its import warning): Template's command lines from makepipeline
# (pipes, $IN/$OUT files, temporary files and their trap, redirections with quoted names, sources
# and sinks), the checks of append/prepend/open, clone/reset, and pipelines run through the shell
# for reading, writing and copy
import os, re, tempfile, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import pipes
print([str(x.message) for x in w])
def clean(text):
    return re.sub(r'/tmp/tmp\w+', 'TMP', text)
t = pipes.Template()
print(repr(t), t.makepipeline('in.txt', 'out.txt'))
t.append('tr a-z A-Z', '--')
print(t.makepipeline('', ''), '|', t.makepipeline('a b', "o'q"))
t.append('sort $IN > $OUT', 'ff')
print(clean(t.makepipeline('in', 'out')))
print(clean(t.makepipeline('', '')))
t.prepend('echo hi', '.-')
print(clean(t.makepipeline('', 'x')))
u = pipes.Template()
u.append('grep x', '-f') if False else None
for call in [lambda: u.append(1, '--'), lambda: u.append('x', 'zz'), lambda: u.append('x', '.-'), lambda: u.prepend('x', '-.'),
             lambda: u.append('x', 'ff'), lambda: u.append('x $IN', 'ff'), lambda: u.open('f', 'x')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
u.append('cat', '-.')
for call in [lambda: u.append('x', '--'), lambda: u.open_r('f')]:
    try:
        call()
    except ValueError as e:
        print(e)
v = t.clone(); v.reset(); print(v.steps, len(t.steps), pipes.quote("it's"), pipes.stepkinds)
d = tempfile.mkdtemp()
src = os.path.join(d, 'src.txt')
with open(src, 'w') as f:
    f.write('banana\napple\ncherry\n')
p = pipes.Template()
p.append('tr a-z A-Z', '--')
p.append('sort $IN > $OUT', 'ff')
with p.open(src, 'r') as f:
    print(f.read())
dst = os.path.join(d, 'dst.txt')
q = pipes.Template()
q.append('rev', '--')
with q.open(dst, 'w') as f:
    f.write('abc\nxyz\n')
print(open(dst).read(), p.copy(src, dst), open(dst).read())
import shutil; shutil.rmtree(d)
