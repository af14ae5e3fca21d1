# A DeprecationWarning turned into an error by the filters, raised by warnings.warn inside nested calls.
import warnings

def legacy_parse(text):
    warnings.warn("legacy_parse is deprecated", DeprecationWarning, stacklevel=2)
    return text.split()

def load(text):
    return legacy_parse(text)

warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as seen:
    print(load("a b"))
print(len(seen), seen[0].category.__name__, seen[0].filename.endswith(".py"), seen[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        load("c d")
    except DeprecationWarning as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("caught", e, names)
    try:
        warnings.warn_explicit("explicit one", UserWarning, "fake.py", 7)
    except UserWarning as e:
        print("explicit caught", e, e.__traceback__.tb_next)
warnings.filterwarnings("error", category=DeprecationWarning)
print("now fatal")
load("e f")
