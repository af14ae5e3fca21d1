# shlex: split (quotes, escapes, comments, non-POSIX mode), quote, join, the shlex class's tokens
# and its errors.
import shlex

for s in ['a b  c', 'echo "hello world"', r'a\ b c', r'"a \"quoted\" word"',
          r"'no \escape'", r'"keep \n backslash"', 'x="1 2"y', 'one # comment', '', '   ',
          '""', "''", 'a""b', r'trail\\', 'tab\tsep\nline', 'über straße']:
    print(repr(s), shlex.split(s))
print(shlex.split('one # two', comments=True))
print(shlex.split('a "b c" d\\ e', posix=False))
print(shlex.split("x 'y z'", posix=False))
for bad in ['"open', "'open", 'back\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

for s in ['', 'plain', 'with space', "it's", 'a$b', 'path/to-file_1.txt', 'x@y%z+=:,.', 'tab\t', 'é']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
print(shlex.split(shlex.join(['a b', "c'd", '', '$HOME'])))

lex = shlex.shlex('a = "b c" + d1_x # note\nnext(1, 2)')
print(list(lex))
lex = shlex.shlex('foo bar', posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('x\ny\nz')
print([(lex.get_token(), lex.lineno) for _ in range(4)])
print(lex.error_leader("f.txt", 3), shlex.shlex("").eof == "", shlex.shlex("", posix=True).eof)
lex = shlex.shlex("a-b c.d", posix=True)
print(list(lex))
lex = shlex.shlex("a-b c.d", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("k=v;w", posix=True)
lex.wordchars += "="
print(list(lex))
