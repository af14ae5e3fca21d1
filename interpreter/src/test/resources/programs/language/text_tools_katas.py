# String katas as courses set them: Caesar and Vigenere ciphers with str.maketrans, run-length
# encoding with itertools.groupby and its decoder with re, anagram groups, palindromes ignoring
# punctuation, word wrap with textwrap, a justified paragraph, title case pitfalls, character
# frequency with Counter.most_common ties, and unicodedata names of odd characters.
import string, re, textwrap, unicodedata
from itertools import groupby, cycle
from collections import Counter, defaultdict

def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out, ks = [], cycle(key.lower())
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(next(ks)) - ord("a")
            out.append(chr((ord(ch) - base + (-k if decrypt else k)) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn, 5 o'clock!"
print(caesar(msg, 3), caesar(caesar(msg, 3), -3) == msg, caesar("xyz XYZ", 13))
enc = vigenere(msg, "Lemon")
print(enc, vigenere(enc, "Lemon", decrypt=True))

def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
r = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(r, unrle(r) == "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", rle(""), rle("aabccc"))

groups = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups["".join(sorted(w))].append(w)
print([g for g in groups.values() if len(g) > 1])

def is_pal(s):
    cleaned = [c.casefold() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama!", "No 'x' in Nixon", "hello", "", "Été"]])

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.shorten(text, width=40, placeholder=" [...]"))
print(repr(textwrap.dedent("    a\n      b\n    c")), repr(textwrap.indent("x\n\ny", "> ")))

def justify(words, width):
    lines, cur = [], []
    for w in words:
        if sum(map(len, cur)) + len(cur) + len(w) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1 or 1
        spaces = width - sum(map(len, line))
        s = ""
        for i, w in enumerate(line):
            s += w
            if i < gaps:
                s += " " * (spaces // gaps + (i < spaces % gaps))
        out.append(s)
    out.append(" ".join(cur).ljust(width))
    return out
for line in justify("This is an example of text justification done by hand.".split(), 16):
    print(f"|{line}|")
print("they're bill's friends from the UK".title(), string.capwords("they're bill's  friends"), "hello world".capitalize(), "ǆemal".title(), "ß".upper(), "ﬁne".upper())
freq = Counter("mississippi river")
print(freq.most_common(4), freq.most_common()[-3:], sorted(freq.elements())[:6])
for ch in "é€😀\u200b\t":
    print(repr(ch), unicodedata.name(ch, "<no name>"), unicodedata.category(ch), ch.isprintable(), len(ch.encode()))
print(unicodedata.normalize("NFD", "é") == "e\u0301", len(unicodedata.normalize("NFC", "e\u0301")), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"), unicodedata.decimal("٣"))
