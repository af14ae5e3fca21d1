# shlex.shlex with punctuation_chars: True (the shell's ();<>|&), a string of its own, runs of
# those characters as one token, the characters it adds to wordchars (~-./*?=) and removes again,
# posix and non-posix modes, whitespace_split, comments, and the read-only property.
import shlex

def tokens(text, **kw):
    split = kw.pop("whitespace_split", False)
    lex = shlex.shlex(text, **kw)
    lex.whitespace_split = split
    return list(lex)

line = "cat <in.txt | grep -v '#x' >>out.log 2>&1 && echo done; (cd /tmp || exit 1)"
print(tokens(line, punctuation_chars=True))
print(tokens(line, posix=True, punctuation_chars=True))
print(tokens(line, posix=True, punctuation_chars=True, whitespace_split=True))
print(tokens("a&&b||c;;d", punctuation_chars=True), tokens("a&&b||c;;d", punctuation_chars="|"))
print(tokens("x=1 y=~/p*.py # note", posix=True, punctuation_chars=True))
print(tokens('say "a;b" \'c|d\' e\\;f', posix=True, punctuation_chars=True))
print(tokens("a:b::c", punctuation_chars=":"), tokens("f(x,y)", punctuation_chars="(),"))
lex = shlex.shlex("ls -l", punctuation_chars=True)
print(repr(lex.punctuation_chars), "~" in lex.wordchars, "|" in lex.wordchars)
lex = shlex.shlex("a-b", punctuation_chars="-")
print("-" in lex.wordchars, list(lex))
print(repr(shlex.shlex("x").punctuation_chars))
try:
    lex.punctuation_chars = "&"
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(tokens("echo 'open", posix=True, punctuation_chars=True))
except ValueError as e:
    print("ValueError:", e)
lex = shlex.shlex("one\ntwo && three\n", posix=True, punctuation_chars=True)
print([(tok, lex.lineno) for tok in lex])
