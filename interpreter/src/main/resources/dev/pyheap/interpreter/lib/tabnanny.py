"""The Tab Nanny despises ambiguous indentation.  She knows no mercy.

tabnanny -- Detection of ambiguous indentation

For the time being this module is intended to be called as a script.
However it is possible to import it into an IDE and use the function
check() described below.

Warning: The API provided by this module is likely to change in future
releases; such changes may not be backward compatible.
"""

# How it works: a line's leading white space is ambiguous when the indentation it means depends on
# the size of a tab. Whitespace keeps the facts that decide that for every tab size at once: the
# number of tabs, and how many tabs follow each run length of spaces, plus the spaces after the
# last tab. Two indents are then compared for every tab size that could tell them apart (up to the
# longest run of spaces, plus one): an INDENT must be deeper than the enclosing one at every size,
# and the first statement after a NEWLINE or DEDENT as deep as its block at every size; the sizes
# where that fails are the witnesses named in the complaint.

import os
import sys
import tokenize

__all__ = ["check", "NannyNag", "process_tokens"]

verbose = 0
filename_only = 0


def errprint(*args):
    sys.stderr.write(" ".join(str(arg) for arg in args) + "\n")


def main():
    import getopt

    global verbose, filename_only
    try:
        opts, args = getopt.getopt(sys.argv[1:], "qv")
    except getopt.error as msg:
        errprint(msg)
        return
    for o, a in opts:
        if o == '-q':
            filename_only = filename_only + 1
        if o == '-v':
            verbose = verbose + 1
    if not args:
        errprint("Usage:", sys.argv[0], "[-v] file_or_directory ...")
        return
    for arg in args:
        check(arg)


class NannyNag(Exception):
    """
    Raised by process_tokens() if detecting an ambiguous indent.
    Captured and handled in check().
    """
    def __init__(self, lineno, msg, line):
        self.lineno, self.msg, self.line = lineno, msg, line

    def get_lineno(self):
        return self.lineno

    def get_msg(self):
        return self.msg

    def get_line(self):
        return self.line


def check(file):
    """check(file_or_dir)

    If file_or_dir is a directory and not a symbolic link, then recursively
    descend the directory tree named by file_or_dir, checking all .py files
    along the way. If file_or_dir is an ordinary Python source file, it is
    checked for whitespace related problems. The diagnostic messages are
    written to standard output using the print statement.
    """
    if os.path.isdir(file) and not os.path.islink(file):
        if verbose:
            print("%r: listing directory" % (file,))
        for name in os.listdir(file):
            fullname = os.path.join(file, name)
            if (os.path.isdir(fullname) and not os.path.islink(fullname)
                    or os.path.normcase(name[-3:]) == ".py"):
                check(fullname)
        return

    try:
        f = tokenize.open(file)
    except OSError as msg:
        errprint("%r: I/O Error: %s" % (file, msg))
        return

    if verbose > 1:
        print("checking %r ..." % file)

    try:
        process_tokens(tokenize.generate_tokens(f.readline))
    except tokenize.TokenError as msg:
        errprint("%r: Token Error: %s" % (file, msg))
        return
    except IndentationError as msg:
        errprint("%r: Indentation Error: %s" % (file, msg))
        return
    except NannyNag as nag:
        badline = nag.get_lineno()
        line = nag.get_line()
        if verbose:
            print("%r: *** Line %d: trouble in tab city! ***" % (file, badline))
            print("offending line: %r" % (line,))
            print(nag.get_msg())
        else:
            if ' ' in file:
                file = '"' + file + '"'
            if filename_only:
                print(file)
            else:
                print(file, badline, repr(line))
        return
    finally:
        f.close()

    if verbose:
        print("%r: Clean bill of health." % (file,))


class Whitespace:
    """The leading white space of a line, as the facts that give its indentation at any tab size."""
    S, T = ' \t'

    def __init__(self, ws):
        self.raw = ws
        # count[k]: the tabs that follow exactly k spaces; spaces: those after the last tab
        count = []
        spaces = chars = tabs = 0
        for ch in ws:
            if ch == self.S:
                chars += 1
                spaces += 1
            elif ch == self.T:
                chars += 1
                tabs += 1
                if spaces >= len(count):
                    count.extend([0] * (spaces - len(count) + 1))
                count[spaces] += 1
                spaces = 0
            else:
                break
        self.n = chars
        self.nt = tabs
        self.norm = tuple(count), spaces
        self.is_simple = len(count) <= 1

    def longest_run_of_spaces(self):
        count, trailing = self.norm
        return max(len(count) - 1, trailing)

    def indent_level(self, tabsize):
        # a tab after k spaces ends at the next multiple of tabsize: k // tabsize columns of
        # spaces are absorbed into whole tabs, the rest vanish into the tab
        count, trailing = self.norm
        whole = sum(k // tabsize * count[k] for k in range(tabsize, len(count)))
        return trailing + tabsize * (whole + self.nt)

    def equal(self, other):
        return self.norm == other.norm

    def _tab_sizes(self, other):
        return range(1, max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 2)

    def not_equal_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts)) for ts in self._tab_sizes(other)
                if self.indent_level(ts) != other.indent_level(ts)]

    def less(self, other):
        if self.n >= other.n:
            return False
        if self.is_simple and other.is_simple:
            return self.nt <= other.nt
        # tab size 1 is not checked: every tab counts one column then, as every space does
        return all(self.indent_level(ts) < other.indent_level(ts) for ts in self._tab_sizes(other)[1:])

    def not_less_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts)) for ts in self._tab_sizes(other)
                if self.indent_level(ts) >= other.indent_level(ts)]


def format_witnesses(w):
    prefix = "at tab sizes" if len(w) > 1 else "at tab size"
    return prefix + " " + ', '.join(str(t[0]) for t in w)


def process_tokens(tokens):
    junk = (tokenize.COMMENT, tokenize.NL)
    indents = [Whitespace("")]
    # whether the next real token starts a statement whose indent must equal its block's
    check_equal = False
    for type, token, start, end, line in tokens:
        if type == tokenize.NEWLINE:
            check_equal = True
        elif type == tokenize.INDENT:
            check_equal = False
            thisguy = Whitespace(token)
            if not indents[-1].less(thisguy):
                witness = indents[-1].not_less_witness(thisguy)
                raise NannyNag(start[0], "indent not greater e.g. " + format_witnesses(witness), line)
            indents.append(thisguy)
        elif type == tokenize.DEDENT:
            check_equal = True
            del indents[-1]
        elif check_equal and type not in junk:
            check_equal = False
            thisguy = Whitespace(line)
            if not indents[-1].equal(thisguy):
                witness = indents[-1].not_equal_witness(thisguy)
                raise NannyNag(start[0], "indent not equal e.g. " + format_witnesses(witness), line)


if __name__ == '__main__':
    main()
