# Each warning shown once leaves an entry in the caller module's __warningregistry__.
import warnings
import sys

def noisy(i):
    warnings.warn(f"message {i}", UserWarning)

warnings.simplefilter("default")
sys.stderr = sys.stdout
for i in range(3):
    noisy(i)
reg = globals().get("__warningregistry__")
print("registry exists:", reg is not None)
print("entries besides version:", sorted(k[0] for k in reg if k != "version"))
for i in range(3):
    noisy(i)
print("repeats shown again? entries:", len([k for k in reg if k != "version"]))

warnings.simplefilter("ignore")
noisy(99)
print("ignored warnings registered too:", len([k for k in reg if k != "version"]))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(5):
        noisy(i)
print("recorded", len(caught), [str(w.message) for w in caught][:2])
print("record holds categories", {w.category.__name__ for w in caught})
del caught
warnings.resetwarnings()
print("filters after reset", len(warnings.filters) >= 0)
