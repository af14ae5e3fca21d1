# timeit.main (python -m timeit): the options, units, verbosity, autorange, the unreliable-results
# warning and the option errors, with a clock of our own so the output is the same every run.
import timeit, sys

class FakeTimer:
    def __init__(self, step):
        self.t = 0.0
        self.step = step
    def __call__(self):
        self.t += self.step
        return self.t

def wrap(step):
    return lambda timer: FakeTimer(step)

for args, step in [(["-n", "100", "-r", "3", "x = 1"], 0.000123),
                   (["-n", "10", "-s", "import os", "-s", "y = 2", "x = y"], 2.5),
                   (["-n", "1", "pass"], 0.5),
                   (["-n", "1000", "-u", "msec", "pass"], 0.25),
                   (["-n", "1000", "-u", "sec", "pass"], 0.25),
                   (["-n", "1000", "-u", "nsec", "pass"], 0.25),
                   (["-v", "-n", "20", "-r", "2", "pass"], 0.003),
                   (["-v", "-v", "-n", "20", "-r", "2", "pass"], 0.003),
                   (["-r", "2", "pass"], 0.25),
                   (["-r", "0", "-n", "5", "--", "-1"], 1e-8),
                   (["--number=5", "--repeat=2", "--setup=a = 1", "a + 1"], 3e-4),
                   (["-u", "years", "pass"], 1),
                   (["-x"], 1),
                   (["-n"], 1),
                   (["--unit"], 1),
                   (["--numb=3", "pass"], 1e-3),
                   (["--bogus"], 1)]:
    print(args)
    sys.stdout.flush()
    print("->", timeit.main(args, _wrap_timer=wrap(step)))
    sys.stdout.flush()

class Growing:
    """Each timing takes longer: the last is more than four times the first."""
    def __init__(self, timer):
        self.t = 0.0
        self.step = 0.001
    def __call__(self):
        self.t += self.step
        self.step *= 3
        return self.t

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(timeit.main(["-n", "2", "-r", "3", "pass"], _wrap_timer=Growing))
print([str(x.message) for x in w], [x.category.__name__ for x in w], w[0].filename, w[0].lineno)
print(timeit.main(["-n", "2", "-r", "3", "pass"], _wrap_timer=Growing))
class Slower:
    """Every call of the clock moves it further: autorange's tries take longer and longer."""
    def __init__(self, timer):
        self.t = 0.0
        self.step = 0.001
    def __call__(self):
        self.t += self.step
        self.step *= 1.5
        return self.t

print(timeit.main(["-r", "2", "pass"], _wrap_timer=Slower))
print(timeit.main(["-v", "-r", "1", "pass"], _wrap_timer=Slower))
