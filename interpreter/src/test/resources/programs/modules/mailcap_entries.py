# mailcap (deprecated in 3.11: its import warning): getcaps over MAILCAPS (comments, continued
# lines, fields and flags, types normalized, the line order across files), findmatch with test
# commands run by the shell, other keys, %s/%t/%{param}/%% substitution, unsafe names refused
# with UnsafeMailcapInput, lookup's 'major/*' entries, parseline/parsefield/subst/findparam, show
import io, os, tempfile, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import mailcap
print([(x.category.__name__, str(x.message)) for x in w])
d = tempfile.mkdtemp()
start = os.getcwd()
os.chdir(d)
os.environ.pop('DISPLAY', None)
one = 'one'
two = 'two'
with open(one, 'w') as f:
    f.write('# a comment\n\ntext/plain; cat %s; copiousoutput\n'
            'image/*; viewer %s \\\n  --fast; test=test -n "$DISPLAY"\n'
            'Text / HTML ; lynx -dump %s ; nametemplate=%s.html; x-flag; needsterminal = yes\n'
            'application/x-thing; run %{charset} %t %%; print=lpr %s\n'
            'broken-line-without-command\n'
            'audio/basic; play %s; test=false\n'
            'audio/basic; aplay %s; test=true\n')
with open(two, 'w') as f:
    f.write('text/plain; more %s\nvideo/mpeg; mpv \\; %s; edit=vi %s\n')
os.environ['MAILCAPS'] = one + os.pathsep + 'missing' + os.pathsep + two
print([os.path.basename(p) for p in mailcap.listmailcapfiles()])
caps = mailcap.getcaps()
for key in sorted(caps):
    print(key, caps[key])
print(mailcap.findmatch(caps, 'text/plain', filename='notes.txt'))
print(mailcap.findmatch(caps, 'text/html', filename='page.html'))
print(mailcap.findmatch(caps, 'image/png', filename='a.png')[0])
print(mailcap.findmatch(caps, 'audio/basic', filename='s.au'))
print(mailcap.findmatch(caps, 'video/mpeg', key='edit', filename='v.mpg'))
print(mailcap.findmatch(caps, 'application/x-thing', filename='t', plist=['Charset=utf-8']))
print(mailcap.findmatch(caps, 'application/x-thing', key='print', filename='t'))
print(mailcap.findmatch(caps, 'nothing/here'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(mailcap.findmatch(caps, 'text/plain', filename='a;rm -rf'))
    print(mailcap.findmatch(caps, 'application/x-thing', filename='t', plist=['charset=$(x)']))
    print(mailcap.subst('%t', 'text/pl ain', 'f'))
    with open(one) as f:
        print(sorted(mailcap.readmailcapfile(f)))
print([(x.category.__name__, str(x.message)) for x in w])
print([e['view'] for e in mailcap.lookup(caps, 'text/plain')], mailcap.lookup(caps, 'image/gif', 'test')[0]['test'])
print(mailcap.parseline('a/b; c; d=e ; d=f; g'), mailcap.parseline('only'), mailcap.parsefield('x\\;y;z', 0, 7))
print(mailcap.subst('a\\%s %s %x %{n} %{missing', 't/x', 'F', ['N=1']), mailcap.findparam('n', ['x=1', 'N=2']), mailcap.findparam('q', []))
mailcap.show(caps)
os.environ['MAILCAPS'] = 'missing'
print(mailcap.getcaps())
os.remove(one)
os.remove(two)
os.chdir(start)
os.rmdir(d)
