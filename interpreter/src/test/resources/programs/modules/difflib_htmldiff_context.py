# difflib.HtmlDiff beyond one table: context tables with several change groups and numlines 0..2,
# the anchors numbered across tables (from0_, to1_...), tabs expanded at tabsize, lines wrapped at
# wrapcolumn inside a change mark, escaping of <&>, an empty comparison, identical files with
# context, make_file with a charset that cannot hold a character, and _mdiff's rows.
import difflib

old = ["line %d\n" % i for i in range(1, 16)]
new = list(old)
new[2] = "line three changed\n"
new[9:11] = []
new.insert(12, "inserted <b>&</b>\n")
for numlines in (0, 1, 2):
    table = difflib.HtmlDiff().make_table(old, new, context=True, numlines=numlines)
    print(numlines, table.count("<tr>"), table.count("<tbody>"), table.count('href="#difflib_chg_'))
hd = difflib.HtmlDiff(tabsize=4, wrapcolumn=10)
print(hd.make_table(["\tindented with tab\n", "a long line that will wrap around twice\n"],
                    ["\tindented  with tab\n", "a long line that will be wrapped around twice\n"], "old", "new"))
print(difflib.HtmlDiff().make_table([], []))
print(difflib.HtmlDiff().make_table(["same\n"], ["same\n"], context=True))
page = difflib.HtmlDiff().make_file(["naïve\n"], ["naive\n"], charset="ascii")
print(page.count("&#239;"), page.splitlines()[7].strip())
for row in difflib._mdiff(["a\n", "b\n", "c\n", "d\n"], ["a\n", "B\n", "c\n", "e\n", "f\n"]):
    print(row)
print(list(difflib._mdiff(["x\n"] * 5 + ["y\n"], ["x\n"] * 5 + ["z\n"], context=1)))
