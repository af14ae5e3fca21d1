# A build tool's command lines with shlex: split with quotes and escapes, posix vs non-posix, comments, join/quote round trips, a lexer with wordchars and punctuation, errors for unbalanced quotes
import shlex

lines = ['gcc -O2 -o "my prog" main.c -DNAME=\'"x y"\'', "echo 'it'\\''s' done  # comment", r'cp a\ b.txt "dest dir/"',
         "tar -czf out.tgz --exclude='*.o' src/", 'printf "%s\\n" "$HOME"']
for line in lines:
    print(shlex.split(line, comments=True))
print(shlex.split("a 'b c' d", posix=False), shlex.split('x "y \\" z"', posix=False))
args = ["rm", "-rf", "dir with spaces", "it's", "", "$(danger)", "plain"]
joined = shlex.join(args)
print(joined)
print(shlex.split(joined) == args, [shlex.quote(a) for a in args])
lex = shlex.shlex("name=value; other = 'quoted value' # trailing", posix=True)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex("a && b || c; d", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key:val/path-1", posix=True)
lex.wordchars += ":/-"
print(lex.get_token(), lex.get_token() == lex.eof)
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
for bad in ('echo "unterminated', "it's", 'trailing \\'):
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
shlex.split(None)
