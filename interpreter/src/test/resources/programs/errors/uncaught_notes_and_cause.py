# add_note on a re-raised exception with an explicit cause: notes printed after the message, uncaught.
import json

def load_config(text, source):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        err = RuntimeError(f"cannot load config from {source}")
        err.add_note(f"parser said: {e.msg} at line {e.lineno}")
        err.add_note("hint: check for trailing commas")
        raise err from e

print(load_config('{"ok": true}', "inline"))
load_config('{"debug": true,}', "settings.json")
