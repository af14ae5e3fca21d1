"""Conversion pipeline templates (deprecated since 3.11).

A Template is a list of shell commands, each with a kind saying how it reads and writes: a file
named by $IN or standard input, a file named by $OUT or standard output, or nothing (a source
'.-' or a sink '-.'). makepipeline joins them into one shell command line: steps that meet
through files get temporary files (removed at the end, and by a trap on signals), the others
are piped. open() runs the line with os.popen to read from or write to the pipeline."""

import re
import os
import tempfile
import warnings
from shlex import quote

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ['Template']

FILEIN_FILEOUT = 'ff'
STDIN_FILEOUT = '-f'
FILEIN_STDOUT = 'f-'
STDIN_STDOUT = '--'
SOURCE = '.-'
SINK = '-.'

stepkinds = [FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT, SOURCE, SINK]


class Template:
    """A pipeline: its steps, (command, kind) pairs, in order."""

    def __init__(self):
        """An empty pipeline, not debugging."""
        self.debugging = 0
        self.reset()

    def __repr__(self):
        return '<Template instance, steps=%r>' % (self.steps,)

    def reset(self):
        """Remove every step."""
        self.steps = []

    def clone(self):
        """A new template with the same steps and debugging flag."""
        t = Template()
        t.steps = self.steps[:]
        t.debugging = self.debugging
        return t

    def debug(self, flag):
        """Print each command line (and run it with set -x) when flag is true."""
        self.debugging = flag

    def _check(self, cmd, kind, where):
        if not isinstance(cmd, str):
            raise TypeError('Template.%s: cmd must be a string' % where)
        if kind not in stepkinds:
            raise ValueError('Template.%s: bad kind %r' % (where, kind))
        if where == 'append' and kind == SOURCE:
            raise ValueError('Template.append: SOURCE can only be prepended')
        if where == 'prepend' and kind == SINK:
            raise ValueError('Template.prepend: SINK can only be appended')
        if where == 'append' and self.steps and self.steps[-1][1] == SINK:
            raise ValueError('Template.append: already ends with SINK')
        if where == 'prepend' and self.steps and self.steps[0][1] == SOURCE:
            raise ValueError('Template.prepend: already begins with SOURCE')
        if kind[0] == 'f' and not re.search(r'\$IN\b', cmd):
            raise ValueError('Template.%s: missing $IN in cmd' % where)
        if kind[1] == 'f' and not re.search(r'\$OUT\b', cmd):
            raise ValueError('Template.%s: missing $OUT in cmd' % where)

    def append(self, cmd, kind):
        """Add a step after the others."""
        self._check(cmd, kind, 'append')
        self.steps.append((cmd, kind))

    def prepend(self, cmd, kind):
        """Add a step before the others."""
        self._check(cmd, kind, 'prepend')
        self.steps.insert(0, (cmd, kind))

    def open(self, file, rw):
        """A pipe reading the pipeline's output with file as its input (rw 'r'), or writing
        its input with file as its output (rw 'w')."""
        if rw == 'r':
            return self.open_r(file)
        if rw == 'w':
            return self.open_w(file)
        raise ValueError("Template.open: rw must be 'r' or 'w', not %r" % (rw,))

    def open_r(self, file):
        """open(file, 'r')."""
        if not self.steps:
            return open(file, 'r')
        if self.steps[-1][1] == SINK:
            raise ValueError('Template.open_r: pipeline ends width SINK')
        cmd = self.makepipeline(file, '')
        return os.popen(cmd, 'r')

    def open_w(self, file):
        """open(file, 'w')."""
        if not self.steps:
            return open(file, 'w')
        if self.steps[0][1] == SOURCE:
            raise ValueError('Template.open_w: pipeline begins with SOURCE')
        cmd = self.makepipeline('', file)
        return os.popen(cmd, 'w')

    def copy(self, infile, outfile):
        """Run the pipeline from infile to outfile; the shell's wait status."""
        return os.system(self.makepipeline(infile, outfile))

    def makepipeline(self, infile, outfile):
        """The shell command line of the pipeline between the two files."""
        cmd = makepipeline(infile, self.steps, outfile)
        if self.debugging:
            print(cmd)
            cmd = 'set -x; ' + cmd
        return cmd


class _Step:
    """One command of a pipeline being built: where it reads from and writes to ('' for the
    pipe or the caller's stream)."""

    def __init__(self, cmd, kind, infile='', outfile=''):
        self.cmd, self.kind, self.infile, self.outfile = cmd, kind, infile, outfile

    def line(self):
        """The command with its files: $IN/$OUT set, or redirections of its standard streams."""
        cmd = self.cmd
        if self.kind[1] == 'f':
            cmd = 'OUT=' + quote(self.outfile) + '; ' + cmd
        if self.kind[0] == 'f':
            cmd = 'IN=' + quote(self.infile) + '; ' + cmd
        if self.kind[0] == '-' and self.infile:
            cmd = cmd + ' <' + quote(self.infile)
        if self.kind[1] == '-' and self.outfile:
            cmd = cmd + ' >' + quote(self.outfile)
        return cmd


def makepipeline(infile, steps, outfile):
    """The shell command line running the steps from infile to outfile ('' for the streams)."""
    chain = [_Step(cmd, kind) for cmd, kind in steps] or [_Step('cat', STDIN_STDOUT)]
    # a first step reading a file needs one when the input is the stream: cat writes it
    if chain[0].kind[0] == 'f' and not infile:
        chain.insert(0, _Step('cat', STDIN_STDOUT))
    chain[0].infile = infile
    if chain[-1].kind[1] == 'f' and not outfile:
        chain.append(_Step('cat', STDIN_STDOUT))
    chain[-1].outfile = outfile
    temporaries = []
    for before, after in zip(chain, chain[1:]):
        if before.kind[1] == 'f' or after.kind[0] == 'f':
            fd, temp = tempfile.mkstemp()
            os.close(fd)
            temporaries.append(temp)
            before.outfile = after.infile = temp
    text = chain[0].line()
    for step in chain[1:]:
        cmd = step.line()
        if step.infile:
            text += '\n' + cmd
        else:
            text += ' |\n' + ('{ ' + cmd + '; }' if 'f' in step.kind else cmd)
    if temporaries:
        rmcmd = 'rm -f ' + ' '.join(quote(name) for name in temporaries)
        text = 'trap ' + quote(rmcmd + '; exit') + ' 1 2 3 13 14 15\n' + text + '\n' + rmcmd
    return text
