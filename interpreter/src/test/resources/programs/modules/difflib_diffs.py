# difflib's text diffs: unified_diff and context_diff (headers with dates, hunk ranges, n lines
# of context, lineterm), ndiff and Differ with their '?' guide lines for similar lines,
# restore, IS_LINE_JUNK / IS_CHARACTER_JUNK, and the type errors.
import difflib, sys

before = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n",
          "nine\n", "ten\n"]
after = ["zero\n", "one\n", "two\n", "tree\n", "four\n", "five\n", "six\n", "seven\n",
         "eight\n", "ten\n", "eleven\n"]
sys.stdout.writelines(difflib.unified_diff(before, after, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.unified_diff(before, after, 'a', 'b', '2024-01-01', '2024-01-02', n=1))
sys.stdout.writelines(difflib.context_diff(before, after, fromfile='before.py', tofile='after.py'))
print(list(difflib.unified_diff(['a', 'b', 'c'], ['a', 'x', 'c'], lineterm='')))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(list(difflib.context_diff([], ['new\n'])))

sys.stdout.writelines(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
sys.stdout.writelines(difflib.ndiff(['\tabcDefghiJkl\n'], ['\t abcdefGhijkl\n']))
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
delta = list(difflib.Differ().compare(text1, text2))
sys.stdout.writelines(delta)
print(''.join(difflib.restore(delta, 1)) == ''.join(text1), ''.join(difflib.restore(delta, 2)) == ''.join(text2))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('x\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('x'))
for bad in (lambda: list(difflib.unified_diff([1], ['a'])),
            lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=3)),
            lambda: list(difflib.restore([], 3))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
