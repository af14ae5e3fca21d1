# Full justification by hand, compared with textwrap's fill/wrap/shorten/dedent/indent.
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; the five boxing wizards jump quickly.")

def justify(text, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        if len(line) == 1:
            out.append(line[0].ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(line[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out

for line in justify(TEXT, 30):
    print(f"|{line}|")
print()
for line in textwrap.wrap(TEXT, 30):
    print(f"|{line:<30}|")
print(textwrap.fill(TEXT, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, 50), "|", textwrap.shorten(TEXT, 50, placeholder=" [more]"))
code = """
    def f():
        return 1
      # comment
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb\n", "> ", predicate=lambda l: True), end="")
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=3, placeholder="~")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed"))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j", 5), textwrap.wrap("tab\there", 8, expand_tabs=True))
print(textwrap.wrap("  leading   spaces kept?  ", 10, drop_whitespace=False))
print("centered".center(20, "*"), "right".rjust(10, "."), "x".zfill(4), "-42".zfill(6))
