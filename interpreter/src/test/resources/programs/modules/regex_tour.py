# re: groups, named groups, lookarounds, backreferences, sub with functions, split, flags, finditer.
import re

text = "John Smith <john@example.com>, Jane Doe <jane.doe@mail.org>; bob <bob@x.io>"
pat = re.compile(r"(?P<name>[A-Z]\w+(?: [A-Z]\w+)?|\w+) <(?P<user>[\w.]+)@(?P<host>[\w.]+)>")
for m in pat.finditer(text):
    print(m.span(), m.group(0), m["name"], m.group("user", "host"), m.start("host"), m.lastgroup, m.lastindex)
print(pat.groupindex, pat.groups, pat.pattern[:20])
print(re.findall(r"\b\w+(?=@)", text), re.findall(r"(?<=@)[\w.]+", text))
print(re.findall(r"(?<!\w)\d+(?!\.\d)", "12 3.5 44 x9 7."))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"(?P<a>\d)", r"<\g<a>\g<0>>", "a1b2"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"a", "A", "banana", count=2), re.sub("", "-", "abc"), re.sub(r"x*", "-", "abxd"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " lead trail "), re.split("x", "axbxc", maxsplit=1))
print(re.findall(r"(\w)\1", "aabbcdde"), re.search(r"(?i)HELLO", "say hello").group(), re.match(r"\d", "a1"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall(r"(?x) \d+ # digits", "a12b3"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "1234"))
m = re.search(r"(\d+)-(\d+)?", "range 10- end")
print(m.groups(), m.groups("none"), m.group(2), m.span(2), m.expand(r"[\1]"), m.re.pattern, m.string[:5], m.pos, m.endpos)
print(re.escape("a.b*c?(d)"), re.findall(r"[^\W\d_]+", "abc_12 déf"), re.findall(r"\bcat\b", "cat concat cat."))
print(re.findall(r"<.+?>", "<a><b></b>"), re.findall(r"<.+>", "<a><b></b>"), re.findall(r"a{2,3}", "aaaaaaa"))
print(repr(re.compile(r"\d+", re.I | re.M)), re.compile("x") is re.compile("x"), re.purge())
for bad in [r"(", r"[a-", r"a**", r"(?P<n>a)(?P<n>b)", r"\k", r"(?<=a+)b", "x{2,1}"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r}: {e} | pos={e.pos} msg={e.msg!r}")
print(re.sub(r"(?P<word>\w+)", lambda m: m["word"][::-1], "hello big world"))
scanner = re.compile(r"(?P<NUM>\d+)|(?P<OP>[+*/-])|(?P<WS>\s+)")
print([(m.lastgroup, m.group()) for m in scanner.finditer("12 + 3*4")  if m.lastgroup != "WS"])
