# KeyboardInterrupt raised by hand in a loop: except Exception does not catch it; uncaught, the process ends by SIGINT (130).
import sys

def worker(n):
    for i in range(n):
        if i == 3:
            raise KeyboardInterrupt
        print("step", i)

try:
    worker(5)
except Exception:
    print("not reached")
except KeyboardInterrupt:
    print("interrupted once, retrying")
print(issubclass(KeyboardInterrupt, Exception), KeyboardInterrupt.__mro__)
worker(10)
