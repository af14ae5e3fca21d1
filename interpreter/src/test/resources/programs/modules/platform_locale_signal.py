# platform (the machine's facts as uname(2) and the C library give them, the Python version),
# locale in the C.UTF-8 locale CPython starts in (queries, setlocale of categories, localeconv,
# format_string, the C locale's refusals), signal (the enums, handlers, raise_signal delivering to
# a Python handler or raising KeyboardInterrupt, the errors)
import platform
import locale
import signal
import sys

print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.system(), platform.machine(), platform.architecture()[0])
u = platform.uname()
print(type(u).__name__, u.system == platform.system(), u.release == platform.release(), len(u), u.processor == '')
print(platform.platform().startswith(platform.system() + '-' + platform.release() + '-' + platform.machine()))
print(platform.platform(terse=True) == platform.platform())

print(locale.getlocale(), locale.getpreferredencoding(), locale.getencoding())
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.getlocale(locale.LC_NUMERIC))
print(locale.localeconv()['decimal_point'], repr(locale.localeconv()['thousands_sep']), locale.localeconv()['grouping'])
print(locale.format_string('%d|%.2f|%s|%5.1f%%', (1234567, 3.14159, 'x', 99.5), grouping=True))
print(locale.format_string('%(n)08.3f', {'n': 2.5}), locale.str(0.1 + 0.2), locale.atof('1234.5'), locale.atoi('-17'))
print(locale.strcoll('apple', 'banana'), locale.strcoll('b', 'a'), locale.strxfrm('abc'), locale.normalize('en_US.utf8'))
for call in (lambda: locale.setlocale(locale.LC_ALL, 'xx_YY.UTF-8'), lambda: locale.currency(12.5),
             lambda: locale.getlocale(locale.LC_ALL)):
    try:
        print(call())
    except (locale.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.getlocale())

print(repr(signal.SIGINT), int(signal.SIGTERM), signal.SIGINT.name, repr(signal.SIG_DFL), signal.NSIG)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE))
print(signal.strsignal(signal.SIGINT), signal.strsignal(9), signal.strsignal(40))
print(len(signal.valid_signals()), signal.Signals(15), signal.Signals['SIGHUP'])

def handler(signum, frame):
    print('handler got', signal.Signals(signum).name, frame.f_code.co_name)

previous = signal.signal(signal.SIGUSR1, handler)
print(previous, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
for call in (lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(0, handler),
             lambda: signal.signal(signal.SIGUSR2, 'nope'), lambda: signal.strsignal(100)):
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
