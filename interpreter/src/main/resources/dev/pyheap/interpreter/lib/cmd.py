"""Line-oriented command interpreters: subclass Cmd and add do_* methods.

Each input line is split into a command word (the leading run of
identchars) and the rest of the line; the word names the method do_WORD,
which receives the rest as its one argument and may return true to end the
loop.  A few conventions come built in:

- end of input arrives as the command 'EOF';
- an empty line runs the previous command again (see emptyline);
- '?' stands for 'help' and '!' for 'shell' (when there is a do_shell);
- 'help WORD' runs help_WORD, or prints do_WORD's docstring; plain 'help'
  lists the commands with help, other help topics and the commands without;
- a word with no do_ method goes to default(), which reports it.

The help listing uses doc_leader, doc_header, misc_header, undoc_header
and ruler (the character underlining each header; empty for none).
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'

_MISSING = object()


def _column_widths(items, rows):
    # the widths of the columns when items fill `rows` rows column by column
    return [max(len(item) for item in items[start:start + rows])
            for start in range(0, len(items), rows)]


class Cmd:
    """The interpreter loop; its hooks and do_* methods are for subclasses."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """stdin and stdout default to sys.stdin and sys.stdout.

        stdin is only read when use_rawinput is false; otherwise lines
        come from input().  completekey is kept for line editors.
        """
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # ---- the loop

    def _next_line(self):
        # queued lines first, then the terminal or the stream
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            return 'EOF'
        return line.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Read and run commands until one of them asks to stop.

        intro, when given, replaces self.intro, which is written first.
        """
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            line = self.precmd(self._next_line())
            stop = self.postcmd(self.onecmd(line), line)
        self.postloop()

    def precmd(self, line):
        """Sees (and may change) each line before it runs."""
        return line

    def postcmd(self, stop, line):
        """Runs after each command; what it returns decides whether to stop."""
        return stop

    def preloop(self):
        """Runs once as cmdloop() starts."""

    def postloop(self):
        """Runs once as cmdloop() ends."""

    # ---- one command

    def parseline(self, line):
        """Split line into (command, argument, line as stripped).

        command and argument are None when the line is empty, or starts
        with '!' and there is no do_shell.
        """
        line = line.strip()
        if not line:
            return None, None, line
        lead = line[0]
        if lead == '?':
            line = 'help ' + line[1:]
        elif lead == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        cut = 0
        while cut < len(line) and line[cut] in self.identchars:
            cut += 1
        return line[:cut], line[cut:].strip(), line

    def onecmd(self, line):
        """Run one command line as if typed; return its stop flag."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        # EOF is never repeated by an empty line
        self.lastcmd = '' if line == 'EOF' else line
        handler = getattr(self, 'do_' + command, _MISSING) if command else _MISSING
        if handler is _MISSING:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """An empty line repeats the last command, if there was one."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A command with no do_ method: say so."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # ---- completion (the words, not the terminal)

    def completedefault(self, *ignored):
        """Completions of a command with no complete_ method: none."""
        return []

    def completenames(self, text, *ignored):
        """The command names that start with text."""
        return [name[3:] for name in self.get_names()
                if name.startswith('do_' + text)]

    def get_names(self):
        """The attribute names in which commands and topics are looked up."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Completions of 'help': command names and help topics."""
        found = set(self.completenames(*args))
        wanted = 'help_' + args[0]
        found.update(name[5:] for name in self.get_names()
                     if name.startswith(wanted))
        return list(found)

    # ---- help

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        seen = set()
        for name in sorted(names):
            if not name.startswith('do_') or name in seen:
                continue
            seen.add(name)
            word = name[3:]
            if word in topics:
                topics.discard(word)
                documented.append(word)
            elif getattr(self, name).__doc__:
                documented.append(word)
            else:
                undocumented.append(word)
        self.stdout.write("%s\n" % str(self.doc_leader))
        for header, words in ((self.doc_header, documented),
                              (self.misc_header, sorted(topics)),
                              (self.undoc_header, undocumented)):
            self.print_topics(header, words, 15, 80)

    def _help_on(self, word):
        # help_WORD wins; else do_WORD's docstring; else nohelp
        topic = getattr(self, 'help_' + word, _MISSING)
        if topic is not _MISSING:
            topic()
            return
        command = getattr(self, 'do_' + word, _MISSING)
        text = None if command is _MISSING else command.__doc__
        if not text:
            text = self.nohelp % (word,)
        self.stdout.write("%s\n" % str(text))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """Write header, its ruler and cmds in columns (nothing if no cmds)."""
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings of list in as few rows as fit displaywidth.

        Items run down the columns; a column is as wide as its widest item,
        and columns are two spaces apart.
        """
        if not list:
            self.stdout.write("<empty>\n")
            return
        wrong = [str(i) for i, item in enumerate(list) if not isinstance(item, str)]
        if wrong:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(wrong))
        count = len(list)
        if count == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        rows, widths = self._fit_rows(list, displaywidth)
        for row in range(rows):
            cells = [list[i] for i in range(row, count, rows)]
            while cells and not cells[-1]:
                cells.pop()
            line = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths))
            self.stdout.write("%s\n" % line)

    @staticmethod
    def _fit_rows(items, displaywidth):
        # the fewest rows whose columns fit; one column if none does
        for rows in range(1, len(items)):
            widths = _column_widths(items, rows)
            if sum(widths) + 2 * (len(widths) - 1) <= displaywidth:
                return rows, widths
        return len(items), [0]
