"""time.perf_counter, time.time and the _ns forms (only properties of the values are printed)."""

import time
from time import perf_counter


def main() -> None:
    t0 = perf_counter()
    total = sum(i * i for i in range(100000))
    dt = perf_counter() - t0
    print(total, dt >= 0.0, time.time() > 1.7e9, time.monotonic_ns() > 0, time.perf_counter_ns() > 0)


if __name__ == "__main__":
    main()
