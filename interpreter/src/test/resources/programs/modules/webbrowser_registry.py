# webbrowser with no browser on this machine (no DISPLAY, no console browser on the PATH, no
# BROWSER): open() is False, get() raises "could not locate runnable browser"; controllers
# registered by class and by instance (preferred ones first), command lines with '%s' run as
# GenericBrowser (waited for: success is exit status 0), BaseBrowser's open_new/open_new_tab,
# and antigravity's geohash.
import os
import webbrowser

for name in ('DISPLAY', 'WAYLAND_DISPLAY', 'BROWSER', 'TERM'):
    os.environ.pop(name, None)
print(webbrowser.open('http://example.com/'), webbrowser.open_new('x'), webbrowser.open_new_tab('y'))
for using in (None, 'lynx', 'no-such-browser', 'firefox'):
    try:
        webbrowser.get(using)
    except webbrowser.Error as e:
        print(using, type(e).__name__, e)
for cmdline in ('true %s', 'false %s', 'sh -c "exit 3" %s', 'no-such-program-x %s'):
    browser = webbrowser.get(cmdline)
    print(type(browser).__name__, browser.name, browser.basename, browser.args, browser.open('http://a/?q=1'))


class Recorder(webbrowser.BaseBrowser):
    opened = []

    def open(self, url, new=0, autoraise=True):
        self.opened.append((self.name, url, new, autoraise))
        return url.startswith('http')


webbrowser.register('recorder', Recorder)
webbrowser.register('first', None, Recorder('first'), preferred=True)
print(webbrowser._tryorder, sorted(webbrowser._browsers))
print(webbrowser.open('http://b/'), webbrowser.open_new_tab('ftp://c/'), webbrowser.open_new('http://d/', ))
print(Recorder.opened)
print(type(webbrowser.get('recorder')).__name__, webbrowser.get('FIRST').name)
try:
    webbrowser.BaseBrowser('x').open('u')
except NotImplementedError:
    print('BaseBrowser.open: NotImplementedError')
print(webbrowser.__all__)

import antigravity
antigravity.geohash(37.421542, -122.085589, b'2005-05-26-10458.68')
antigravity.geohash(-33, 151, b'2024-02-29-38996.39')
