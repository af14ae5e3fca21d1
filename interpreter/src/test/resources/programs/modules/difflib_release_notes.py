# Comparing two versions of a document: unified_diff and context_diff with dates, ndiff with intraline hints, SequenceMatcher opcodes and ratios, get_close_matches for typos.
import difflib

old = """Release notes
=============
* Added the export command.
* Fixed a crash on empty input.
* Improved speed of search by 20%.
* Removed the legacy API.
Thanks to all contributors.
""".splitlines(keepends=True)
new = """Release notes
=============
* Added the export and import commands.
* Fixed a crash on empty input.
* Improved speed of search by 35%.
* Deprecated the legacy API.
* New: dark mode.
Thanks to all contributors!
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, "notes-1.0.txt", "notes-1.1.txt",
                                   "2024-01-01 10:00", "2024-02-01 11:30", n=1)))
print("".join(difflib.context_diff(old[:4], new[:4], "a", "b")))
print("".join(difflib.ndiff(old, new)))
print(list(difflib.restore(difflib.ndiff(old, new), 2)) == new)

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:<8} a[{i1}:{i2}] -> b[{j1}:{j2}] {sm.a[i1:i2]!r} -> {sm.b[j1:j2]!r}")
print(sm.get_matching_blocks())
print(sm.find_longest_match(0, len(sm.a), 0, len(sm.b)))
junk = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  b c  d")
print(round(junk.ratio(), 3), junk.get_grouped_opcodes(0).__class__.__name__)
words = ["import", "export", "report", "support", "deport", "importer", "sport"]
for typo in ("imoprt", "exprot", "xyz", "sprt"):
    print(typo, difflib.get_close_matches(typo, words), difflib.get_close_matches(typo, words, n=1, cutoff=0.3))
d = difflib.Differ()
print(list(d.compare(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"))
hd = difflib.HtmlDiff(wrapcolumn=40)
table = hd.make_table(["a line\n"], ["a lime\n"], "old", "new")
print(table.count("<tr>"), "diff_chg" in table)
print("".join(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], [])))
