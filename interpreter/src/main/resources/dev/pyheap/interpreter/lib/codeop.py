"""Compiling what is typed at an interactive prompt: a whole statement gives its code, a statement
that more lines could still finish gives None, and anything else raises its SyntaxError.

The test is the compiler's own: compiled with PyCF_DONT_IMPLY_DEDENT (a block open at the end
stays open) and PyCF_ALLOW_INCOMPLETE_INPUT (running out of input inside a bracket, string or
statement is "incomplete input"). Failing as it is but passing with one more newline, or failing
with "incomplete input", means "not finished yet"; otherwise the source is compiled plainly, so
its real error is raised.
"""

import __future__
import warnings

_features = [getattr(__future__, fname) for fname in __future__.all_feature_names]

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _maybe_compile(compiler, source, filename, symbol):
    # only blank lines and comments: an empty statement (eval mode keeps its error)
    if symbol != "eval":
        for line in source.split("\n"):
            line = line.strip()
            if line and line[0] != '#':
                break
        else:
            source = "pass"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except SyntaxError as e:
                if "incomplete input" in str(e):
                    return None
    # whole, or wrong whatever follows: compiled as it is (its warnings shown this time)
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = 0
    if incomplete_input:
        flags |= PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT
    return compile(source, filename, symbol, flags)


def compile_command(source, filename="<input>", symbol="single"):
    """The code of `source` if it is a whole statement (or expression, for 'eval'), None if more
    lines are needed; SyntaxError, ValueError or OverflowError if it is wrong."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that remembers the __future__ features the texts it compiled imported."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        codeob = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command() that remembers the __future__ features imported so far."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
