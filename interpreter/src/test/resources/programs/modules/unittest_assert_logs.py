# unittest: assertLogs (records and 'LEVEL:name:message' output, level names and numbers, the
# root logger, child loggers propagating into the watched one) and assertNoLogs, their failure
# messages, and the logger's handlers, level and propagate put back afterwards.
import unittest, logging

class Logs(unittest.TestCase):
    def runTest(self):
        pass

t = Logs()
app = logging.getLogger('app')
with t.assertLogs('app', level='WARNING') as cm:
    app.warning('disk %d%% full', 91)
    logging.getLogger('app.db').error('lost connection')
    app.info('not at WARNING')
print(cm.output, [r.levelname for r in cm.records], [r.name for r in cm.records])
with t.assertLogs() as cm:
    logging.info('root info')
    logging.debug('below INFO')
print(cm.output)
with t.assertLogs(app, logging.DEBUG) as cm:
    app.debug('fine detail')
print(cm.output, cm.records[0].getMessage())
with t.assertNoLogs('app', level='ERROR'):
    app.warning('only a warning')
for block in ('nothing logged', 'logged'):
    try:
        if block == 'nothing logged':
            with t.assertLogs('quiet', 'INFO'):
                pass
        else:
            with t.assertNoLogs('app'):
                app.error('oops %s', 'here')
    except AssertionError as e:
        print("AssertionError", e)
print(app.handlers, app.level, app.propagate, logging.getLogger().level)
