"""python -m nbody_demo STEPS: the interpreted driver of the compiled physics module."""

import sys
import time

from nbody_demo import physics


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    t0 = time.perf_counter()
    before, after = physics.simulate(steps)
    kind = "compiled" if physics.__file__.endswith(".so") else "interpreted"
    print(f"{before:.9f}\n{after:.9f}")
    print(f"{steps} steps in {time.perf_counter() - t0:.3f} s ({kind} physics)", file=sys.stderr)


main()
