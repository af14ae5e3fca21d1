"""Opening URLs in a web browser: the browsers this machine offers, found as CPython 3.11's
module finds them on a POSIX system, tried in order until one reports success.

The standard browsers are looked for on first use: under X or Wayland (DISPLAY or
WAYLAND_DISPLAY set) the desktop's openers (xdg-open, gio, x-www-browser), on a terminal (TERM
set) the console browsers on the PATH (www-browser, links, elinks, lynx, w3m); then the BROWSER
variable's command lines go first. get(name) gives a registered controller, one made from a
command line holding '%s' (run in the background when it ends in '&'), or Error('could not
locate runnable browser')."""

import os
import shlex
import shutil
import subprocess
import sys
import threading

__all__ = ["Error", "open", "open_new", "open_new_tab", "get", "register"]


class Error(Exception):
    pass


_lock = threading.RLock()
_browsers = {}          # name (lower case) -> [class, instance]
_tryorder = None        # the names in the order open() tries them, once looked for
_os_preferred_browser = None


def register(name, klass, instance=None, *, preferred=False):
    """Register a browser controller (a class called without arguments by get(), or an
    instance); a preferred one is tried first."""
    with _lock:
        if _tryorder is None:
            register_standard_browsers()
        _browsers[name.lower()] = [klass, instance]
        if preferred or (_os_preferred_browser and name in _os_preferred_browser):
            _tryorder.insert(0, name)
        else:
            _tryorder.append(name)


def get(using=None):
    """The controller of the browser `using` names (a registered name, a path or a command line
    with '%s'), or of the first registered one that can be run."""
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()
    for browser in ([using] if using is not None else _tryorder):
        if '%s' in browser:
            words = shlex.split(browser)
            if words[-1] == '&':
                return BackgroundBrowser(words[:-1])
            return GenericBrowser(words)
        command = _browsers.get(browser.lower()) or _synthesize(browser)
        if command[1] is not None:
            return command[1]
        if command[0] is not None:
            return command[0]()
    raise Error("could not locate runnable browser")


def open(url, new=0, autoraise=True):
    """Display url in the first browser that succeeds (new: 0 the same window, 1 a new window,
    2 a new tab); whether one did."""
    if _tryorder is None:
        with _lock:
            if _tryorder is None:
                register_standard_browsers()
    for name in _tryorder:
        if get(name).open(url, new, autoraise):
            return True
    return False


def open_new(url):
    return open(url, 1)


def open_new_tab(url):
    return open(url, 2)


def _synthesize(browser, *, preferred=False):
    """A controller for a browser given by path or command line whose program is a registered
    browser's: a copy of that controller under the new name (registered), else [None, None]."""
    program = browser.split()[0]
    if not shutil.which(program):
        return [None, None]
    name = os.path.basename(program)
    command = _browsers.get(name.lower())
    if command is None:
        return [None, None]
    controller = command[1]
    if controller and name.lower() == controller.basename:
        import copy
        controller = copy.copy(controller)
        controller.name = browser
        controller.basename = os.path.basename(browser)
        register(browser, None, instance=controller, preferred=preferred)
        return [None, controller]
    return [None, None]


class BaseBrowser:
    """The interface of browser controllers."""

    args = ['%s']

    def __init__(self, name=""):
        self.name = name
        self.basename = name

    def open(self, url, new=0, autoraise=True):
        raise NotImplementedError

    def open_new(self, url):
        return self.open(url, 1)

    def open_new_tab(self, url):
        return self.open(url, 2)


class GenericBrowser(BaseBrowser):
    """A browser run as a command (the name, or a list of the program and its arguments, where
    '%s' stands for the URL) that is waited for: success is its exit status 0."""

    def __init__(self, name):
        if isinstance(name, str):
            self.name = name
            self.args = ["%s"]
        else:
            self.name = name[0]
            self.args = name[1:]
        self.basename = os.path.basename(self.name)

    def _command(self, url):
        return [self.name] + [arg.replace("%s", url) for arg in self.args]

    def open(self, url, new=0, autoraise=True):
        try:
            return not subprocess.Popen(self._command(url), close_fds=True).wait()
        except OSError:
            return False


class BackgroundBrowser(GenericBrowser):
    """A browser run in the background (a session of its own): success is that it still runs
    right after it started."""

    def open(self, url, new=0, autoraise=True):
        try:
            process = subprocess.Popen(self._command(url), close_fds=True, start_new_session=True)
            return process.poll() is None
        except OSError:
            return False


def register_X_browsers():
    """The openers of a graphical desktop that are on the PATH."""
    if shutil.which("xdg-open"):
        register("xdg-open", None, BackgroundBrowser("xdg-open"))
    if shutil.which("gio"):
        register("gio", None, BackgroundBrowser(["gio", "open", "--", "%s"]))
    if shutil.which("x-www-browser"):
        register("x-www-browser", None, BackgroundBrowser("x-www-browser"))


def register_standard_browsers():
    global _tryorder
    _tryorder = []
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        register_X_browsers()
    if os.environ.get("TERM"):
        for name in ("www-browser", "links", "elinks", "lynx", "w3m"):
            if shutil.which(name):
                register(name, None, GenericBrowser(name))
    if "BROWSER" in os.environ:
        for cmdline in reversed(os.environ["BROWSER"].split(os.pathsep)):
            if cmdline != '' and _synthesize(cmdline, preferred=True)[1] is None:
                register(cmdline, None, GenericBrowser(cmdline), preferred=True)


def main():
    import getopt
    usage = """Usage: %s [-n | -t] url
    -n: open new window
    -t: open new tab""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'ntd')
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(usage, file=sys.stderr)
        sys.exit(1)
    new_win = 0
    for o, a in opts:
        if o == '-n':
            new_win = 1
        elif o == '-t':
            new_win = 2
    if len(args) != 1:
        print(usage, file=sys.stderr)
        sys.exit(1)
    open(args[0], new_win)
    print("\a")


if __name__ == "__main__":
    main()
