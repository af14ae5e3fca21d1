"""Stand-in for the Java _collections module: exactly the names the library asks of it."""
from _cpython__collections import deque, defaultdict
