"""Asking for a password, and finding the name of the user who runs the program.

getpass(prompt, stream) reads a password; getuser() gives the login name; GetPassWarning (a
UserWarning) says that a password being read may be shown as it is typed.

On this interpreter there is no termios module, so the terminal's echo cannot be turned off:
getpass() always takes the path CPython takes when the terminal cannot be controlled (stdin a
pipe or a file, no controlling terminal): a GetPassWarning, a notice on the stream, then one line
read from sys.stdin.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password with echo on, after warning that it may be seen."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    # The prompt goes to the stream (stderr by default), never to stdout; the line comes from
    # sys.stdin without its newline. End of input is an EOFError, as input() gives.
    stream = stream or sys.stderr
    input = input or sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            encoding = stream.encoding
            stream.write(prompt.encode(encoding, 'replace').decode(encoding))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith('\n') else line


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password on the terminal; here the terminal's echo cannot be controlled, so
    the line is read as fallback_getpass reads it, and the newline the user's Return would have
    echoed is written to the stream after it."""
    passwd = fallback_getpass(prompt, stream)
    (stream or sys.stderr).write('\n')
    return passwd


getpass = unix_getpass


def getuser():
    """The login name: the first of $LOGNAME, $USER, $LNAME, $USERNAME that is set and not
    empty, else the password database's name for the real user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
