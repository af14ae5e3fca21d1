# filterwarnings: "ignore" silences, "error" turns a warning into an exception, "always" repeats.
import warnings

warnings.filterwarnings("ignore", category=UserWarning)
warnings.warn("ignored")
warnings.resetwarnings()
warnings.filterwarnings("error", message="fatal.*")
try:
    warnings.warn("fatal problem")
except UserWarning as e:
    print("raised:", type(e).__name__, e)
warnings.resetwarnings()
warnings.simplefilter("always")
for _ in range(2):
    warnings.warn("repeated")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
print("end")
