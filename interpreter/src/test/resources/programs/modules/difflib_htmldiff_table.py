# difflib.HtmlDiff: a side-by-side table of two texts (make_table with and without context,
# wrapcolumn, the change/add/delete markers and the legend of make_file).
import difflib

a = ["one two three", "same line", "to be removed", "tail"]
b = ["one 2 three", "same line", "tail", "added at end"]
hd = difflib.HtmlDiff(wrapcolumn=12)
table = hd.make_table(a, b, "before", "after")
print(table)
print(difflib.HtmlDiff().make_table(a, b, context=True, numlines=0).count("<tr>"))
page = difflib.HtmlDiff(tabsize=4).make_file(a, b, "a.txt", "b.txt", charset="utf-8")
print(page.count("diff_add"), page.count("diff_chg"), page.count("diff_sub"), "Legends" in page)
