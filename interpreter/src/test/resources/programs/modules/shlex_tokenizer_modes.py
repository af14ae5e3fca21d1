# shlex as a command-line and config tokenizer: posix and non-posix modes, comments,
# whitespace_split, punctuation_chars, escapes inside quotes, push_token/get_token/read_token,
# lineno tracking, error_leader, the "No closing quotation"/"No escaped character" errors,
# quote() and join() round trips.
import shlex

lines = [
    'ls -l "my dir" \'single q\' back\\ slash',
    'echo "a \\"quoted\\" word" # trailing comment',
    "grep -e 'x|y' file.txt && wc -l < out.log",
    'cmd --opt="value with spaces" plain',
    'a\'b\'c "d"e f""g',
]
for line in lines:
    print(shlex.split(line))
    print(shlex.split(line, comments=True))

for line in lines[:3]:
    lex = shlex.shlex(line)
    print(list(lex))

lex = shlex.shlex('a && b || c; d > e 2>&1 | f', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('x=(1 + 2)*3', punctuation_chars='()=*+')
print(list(lex))

src = 'first second\n# comment line\nthird "fourth\n fifth"\nsixth'
lex = shlex.shlex(src, posix=True, infile='conf.txt')
lex.whitespace_split = True
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
print(repr(lex.error_leader()), repr(lex.error_leader('other.cfg', 9)))

lex = shlex.shlex('one two three')
lex.push_token('zero')
print(lex.get_token(), lex.get_token(), lex.read_token(), list(lex))

for bad in ['echo "unclosed', "echo 'also", 'ends with\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print('ValueError:', e)

args = ['rm', '-rf', 'a b', "it's", '$HOME', '', 'safe-name_1.txt', 'x;y', 'tab\there']
q = [shlex.quote(a) for a in args]
print(q)
joined = shlex.join(args)
print(joined)
print(shlex.split(joined) == args)

lex = shlex.shlex('key = "value" ; other=1', posix=True)
lex.wordchars += '.-'
print(list(lex))
lex = shlex.shlex("a 'b c' d", posix=False)
print(list(lex), lex.quotes, repr(lex.escape), lex.escapedquotes)
try:
    shlex.split(None)
except ValueError as e:
    print('None:', e)
