"""math constants and functions, with the domain and range errors CPython raises."""

import math
from math import sqrt, pi, floor


def main() -> None:
    print(math.sqrt(2), sqrt(16), pi, math.e, math.tau, math.inf, -math.inf)
    print(math.floor(-2.5), floor(7), math.ceil(2.1), math.trunc(-3.9))
    print(math.sin(1.0), math.cos(0), math.tan(0.5), math.atan2(1, 2), math.hypot(3, 4))
    print(math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
    print(math.pow(2, 10), math.fabs(-3), math.gcd(12, -18), math.factorial(10))
    print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2), math.isnan(math.nan), math.isinf(math.inf))
    print(math.degrees(pi), math.radians(180), math.copysign(3, -0.0), math.fmod(7, 3))
    for bad in (-1.0, 0.0):
        try:
            print(math.log(bad))
        except ValueError as e:
            print("log", bad, e)
    try:
        print(math.exp(1000))
    except OverflowError as e:
        print(e)
    try:
        print(math.floor(math.inf))
    except OverflowError as e:
        print(e)
    print(math.sqrt(-1))


if __name__ == "__main__":
    main()
