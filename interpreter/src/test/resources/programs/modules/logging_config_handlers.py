# logging.config.dictConfig/fileConfig and logging.handlers: formatters, filters and handlers
# built from data (factories, cfg:// and ext:// references, a MemoryHandler's target), existing
# loggers disabled or kept, incremental changes, the errors; rotating files by size with
# namer/rotator, memory and queue handlers, captureWarnings, setLogRecordFactory.
import gc
import io
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile
import warnings
import weakref

early = logging.getLogger('early')
early_child = logging.getLogger('app.db.pool')

sink = io.StringIO()


class OnlyOdd(logging.Filter):
    def __init__(self, parity):
        super().__init__()
        self.parity = parity

    def filter(self, record):
        return record.lineno % 2 == self.parity


class Tagged(logging.Formatter):
    def __init__(self, fmt=None, tag='?'):
        super().__init__(fmt)
        self.tag = tag

    def format(self, record):
        return '[%s] %s' % (self.tag, super().format(record))


config = {
    'version': 1,
    'disable_existing_loggers': True,
    'formatters': {
        'plain': {'format': '%(levelname)s %(name)s: %(message)s'},
        'brace': {'format': '{levelname:<8}|{name}|{message}', 'style': '{'},
        'tagged': {'()': Tagged, 'format': '%(message)s', 'tag': 'T'},
    },
    'filters': {
        'app_only': {'name': 'app'},
        'custom': {'()': OnlyOdd, 'parity': 1},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'formatter': 'plain',
                'stream': 'ext://sys.stdout', 'level': 'DEBUG'},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 3,
                'target': 'zbuffer', 'flushLevel': 40},
        'zbuffer': {'class': 'logging.StreamHandler', 'formatter': 'brace',
                    'stream': 'cfg://streams.sink'},
        'fancy': {'()': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                  'formatter': 'tagged', '.': {'name_attr': 'set by dot'}},
    },
    'streams': {'sink': sink},
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['out'], 'filters': ['app_only'], 'propagate': False},
        'app.db': {'handlers': ['mem'], 'propagate': False},
        'other': {'handlers': ['fancy'], 'level': 'WARNING'},
    },
    'root': {'level': 'ERROR', 'handlers': ['out']},
}
logging.config.dictConfig(config)
app = logging.getLogger('app')
app.debug('hidden by level')
app.info('info %d', 1)
app.warning('warning %s', 'two')
db = logging.getLogger('app.db')
db.warning('buffered one')
db.warning('buffered two')
print('buffered so far:', repr(sink.getvalue()))
db.error('flushes all three')
print('after error:', sink.getvalue(), end='')
print('early disabled:', early.disabled, 'child of app.db kept:', early_child.disabled,
      early_child.level, early_child.propagate)
logging.getLogger('other').warning('with a tag')
print(logging.getLogger('other').handlers[0].name_attr)
print(sorted(logging._handlers.keys()))
logging.getLogger('unnamed').error('to root')

logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'out': {'level': 'WARNING'}},
                           'loggers': {'app': {'level': 'DEBUG'}}})
app.info('now filtered by the handler')
app.warning('still shown')

for bad in ({}, {'version': 2},
            {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
            {'version': 1, 'formatters': {'f': {'()': 'nosuchmodule.Factory'}}},
            {'version': 1, 'loggers': {'x': {'handlers': ['nope']}}},
            {'version': 1, 'loggers': {'x': {'level': 'LOUD'}}},
            {'version': 1, 'incremental': True, 'handlers': {'gone': {}}},
            {'version': 1, 'root': {'filters': ['absent']}}):
    try:
        logging.config.dictConfig(bad)
        print('accepted', bad)
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e, '| cause:', type(cause).__name__ if cause else None, cause)
print(logging.config.valid_ident('ok_name'))
try:
    logging.config.valid_ident('not ok')
except ValueError as e:
    print(e)

scratch = tempfile.TemporaryDirectory()
ini = os.path.join(scratch.name, 'log.ini')
with open(ini, 'w') as f:
    f.write('''[loggers]
keys=root,web

[handlers]
keys=console

[formatters]
keys=short

[logger_root]
level=WARNING
handlers=console

[logger_web]
level=DEBUG
handlers=console
qualname=web
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=short
args=(sys.stdout,)

[formatter_short]
format=%(name)s/%(levelname)s: %(message)s
''')
logging.config.fileConfig(ini)
logging.getLogger('web').debug('from the ini file')
logging.getLogger('app').warning('app was disabled by fileConfig: %s', logging.getLogger('app').disabled)
logging.getLogger().warning('root via ini')
try:
    logging.config.fileConfig(os.path.join(scratch.name, 'none.ini'))
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(scratch.name, '<scratch>'))

logging.config.dictConfig({'version': 1, 'root': {'level': 'DEBUG'}})
base = os.path.join(scratch.name, 'app.log')
rot = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter('%(message)s'))
log = logging.getLogger('rot')
log.addHandler(rot)
for i in range(8):
    log.info('line number %d here', i)
rot.close()
for name in sorted(os.listdir(scratch.name)):
    if name.startswith('app.log'):
        with open(os.path.join(scratch.name, name)) as f:
            print(name, repr(f.read()))
named = logging.handlers.RotatingFileHandler(os.path.join(scratch.name, 'n.log'), maxBytes=20, backupCount=1)
named.namer = lambda default: default + '.old'
named.rotator = lambda src, dst: (print('rotate', os.path.basename(src), '->', os.path.basename(dst)),
                                  os.rename(src, dst))
log.removeHandler(rot)
log.addHandler(named)
for i in range(3):
    log.info('entry %d', i)
named.close()
log.removeHandler(named)
print(sorted(n for n in os.listdir(scratch.name) if n.startswith('n.log')))
timed = logging.handlers.TimedRotatingFileHandler(os.path.join(scratch.name, 't.log'), when='midnight', backupCount=3)
print(timed.when, timed.interval, timed.suffix, timed.extMatch.pattern, timed.rolloverAt > 0)
for when in ('S', 'm', 'H', 'D', 'W3'):
    h = logging.handlers.TimedRotatingFileHandler(os.path.join(scratch.name, 't.log'), when=when, interval=2, delay=True)
    print(when, h.interval, h.suffix)
    h.close()
for bad_when in ('W', 'W9', 'X'):
    try:
        logging.handlers.TimedRotatingFileHandler(os.path.join(scratch.name, 't.log'), when=bad_when, delay=True)
    except ValueError as e:
        print('ValueError:', e)
timed.close()

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('mem> %(levelname)s %(message)s'))
memory = logging.handlers.MemoryHandler(2, flushLevel=logging.CRITICAL, target=target)
log.addHandler(memory)
log.info('a')
print('buffer', len(memory.buffer))
log.info('b')
print('buffer', len(memory.buffer))
log.info('c')
memory.close()
log.removeHandler(memory)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
try:
    raise KeyError('k')
except KeyError:
    log.exception('failed %s', 'here')
record = q.get_nowait()
print(record.msg, record.args, record.exc_info, record.exc_text, record.message.splitlines()[0])
listener = logging.handlers.QueueListener(q, target, respect_handler_level=True)
target.setLevel(logging.WARNING)
listener.start()
log.info('dropped by the listener')
log.warning('passed on by the listener')
listener.stop()
log.removeHandler(qh)
buffered = logging.handlers.BufferingHandler(2)
buffered.handle(logging.makeLogRecord({'msg': 'x'}))
print(len(buffered.buffer), buffered.shouldFlush(None))
buffered.handle(logging.makeLogRecord({'msg': 'y'}))
print(len(buffered.buffer))
print(logging.BufferingFormatter().format([logging.makeLogRecord({'msg': 'p'}), logging.makeLogRecord({'msg': 'q'})]))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
logging.getLogger('py.warnings').addHandler(out)
logging.captureWarnings(True)
warnings.warn('captured warning')
warnings.showwarning('to a file', UserWarning, 'f.py', 3, file=sys.stdout)
logging.captureWarnings(False)
warnings.warn('back to stderr')

old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.custom = 'extra field'
    return record


logging.setLogRecordFactory(factory)
out.setFormatter(logging.Formatter('%(custom)s: %(message)s'))
logging.getLogger('fact').addHandler(out)
logging.getLogger('fact').warning('made by the factory')
logging.setLogRecordFactory(old_factory)

h = logging.StreamHandler(sys.stdout)
h.name = 'temporary'
alive = weakref.ref(h)
print('temporary' in logging._handlers, len([r for r in logging._handlerList if r() is h]))
del h
gc.collect()
print(alive() is None, 'temporary' in logging._handlers)
scratch.cleanup()
