"""Starting a child by "spawn": a new interpreter (a JVM running this interpreter, configured as
this heap; see _pyheap_multiprocessing) reads from its standard input what the parent pickled,
the preparation data (sys.path, sys.argv, working directory, the main module's file) and the
Process object, imports the parent's main module as __mp_main__ (so its
``if __name__ == '__main__':`` block does not run again) and runs the Process's _bootstrap."""

import io
import os
import pickle
import sys
import types

from . import process, util

__all__ = ['Popen', 'spawn_main', 'get_preparation_data', 'prepare', 'set_executable',
           'get_executable']

_executable = [None]
_BOOTSTRAP = 'from multiprocessing.spawn import spawn_main; spawn_main()'


def set_executable(exe):
    """Children run exe -c ... (a launcher of this interpreter) instead of this JVM's command."""
    _executable[0] = os.fsdecode(exe)


def get_executable():
    return _executable[0] if _executable[0] is not None else sys.executable


def get_command_line():
    """The argument list that starts a child."""
    if _executable[0] is not None:
        return [_executable[0], '-c', _BOOTSTRAP]
    import _pyheap_multiprocessing
    return list(_pyheap_multiprocessing.spawn_command())


def get_preparation_data(name):
    """What the child needs to look like its parent before it unpickles the Process."""
    d = dict(
        log_to_stderr=util._log_to_stderr,
        authkey=process.current_process().authkey,
        name=name,
        sys_path=sys.path,
        sys_argv=sys.argv,
        orig_dir=process.ORIGINAL_DIR,
        dir=os.getcwd(),
        start_method='spawn',
    )
    main_module = sys.modules['__main__']
    spec = getattr(main_module, '__spec__', None)
    main_mod_name = getattr(spec, 'name', None)
    if main_mod_name is not None:
        d['init_main_from_name'] = main_mod_name
    else:
        main_path = getattr(main_module, '__file__', None)
        if main_path is not None:
            if not os.path.isabs(main_path) and process.ORIGINAL_DIR is not None:
                main_path = os.path.join(process.ORIGINAL_DIR, main_path)
            d['init_main_from_path'] = os.path.normpath(main_path)
    return d


class Popen:
    """A started child: its pid, poll/wait for the exit code, terminate and kill."""
    method = 'spawn'

    def __init__(self, process_obj):
        import subprocess
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        payload = io.BytesIO()
        prep_data = get_preparation_data(process_obj._name)
        pickle.dump(prep_data, payload, protocol=4)
        pickle.dump(process_obj, payload, protocol=4)
        env = dict(os.environ)
        env['PYHEAP_NO_BUILD'] = '1'
        self._proc = subprocess.Popen(get_command_line(), stdin=subprocess.PIPE, cwd=os.getcwd(),
                                      env=env)
        self.pid = self._proc.pid
        self.sentinel = self.pid
        try:
            self._proc.stdin.write(payload.getvalue())
            self._proc.stdin.close()
        except OSError:
            pass

    def duplicate_for_child(self, fd):
        return fd

    def poll(self, flag=None):
        if self.returncode is None:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            import subprocess
            try:
                self.returncode = self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                return None
        return self.returncode

    def _send_signal(self, sig):
        if self.returncode is None:
            try:
                self._proc.send_signal(sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        import signal
        self._send_signal(signal.SIGTERM)

    def kill(self):
        import signal
        self._send_signal(signal.SIGKILL)

    def close(self):
        pass


def spawn_main():
    """The child's entry: reads the parent's pickles from stdin and runs the Process."""
    data = sys.stdin.buffer.read()
    stream = io.BytesIO(data)
    preparation_data = pickle.load(stream)
    prepare(preparation_data)
    try:
        sys.stdin.close()
        sys.stdin = open(os.devnull)
    except (OSError, ValueError):
        pass
    self = pickle.load(stream)
    exitcode = self._bootstrap()
    sys.exit(exitcode)


def prepare(data):
    """Makes this process look like its parent: name, path, argv, directory, main module."""
    if 'name' in data:
        process.current_process().name = data['name']
    if 'authkey' in data:
        process.current_process().authkey = data['authkey']
    if data.get('log_to_stderr'):
        util.log_to_stderr()
    if 'sys_path' in data:
        sys.path = data['sys_path']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'orig_dir' in data:
        process.ORIGINAL_DIR = data['orig_dir']
    if 'init_main_from_name' in data:
        _fixup_main_from_name(data['init_main_from_name'])
    elif 'init_main_from_path' in data:
        _fixup_main_from_path(data['init_main_from_path'])


def _fixup_main_from_name(mod_name):
    if mod_name == '__main__' or mod_name.endswith('.__main__'):
        return
    import runpy
    main_module = types.ModuleType('__mp_main__')
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    main_content = runpy.run_module(mod_name, run_name='__mp_main__', alter_sys=True)
    main_module.__dict__.update(main_content)


def _fixup_main_from_path(main_path):
    main_name = os.path.splitext(os.path.basename(main_path))[0]
    if main_name == '__main__':
        return
    main_module = types.ModuleType('__mp_main__')
    main_module.__file__ = main_path
    main_module.__builtins__ = __builtins__
    sys.modules['__main__'] = sys.modules['__mp_main__'] = main_module
    with open(main_path, 'rb') as f:
        source = f.read()
    code = compile(source, main_path, 'exec')
    exec(code, main_module.__dict__)
