"""Module-level Final constants of every scalar type."""

from typing import Final

LIMIT: Final = 10
STEP: Final[int] = 3
SCALE: Final[float] = 2.5
GREETING: Final = "héllo"
DEBUG: Final[bool] = False
BIG: Final = 9223372036854775807
NEG: Final[int] = -42
HALF: Final = 0.5
MASK: Final = 0xFF
DERIVED: Final = LIMIT * STEP + 1
JOINED: Final = GREETING + " wörld"
TINY: Final = 5e-324
EMPTY: Final[str] = ""


def scaled(n: int) -> float:
    return n * SCALE


def main() -> None:
    print(LIMIT, STEP, SCALE, GREETING, DEBUG, BIG, NEG, HALF, MASK, DERIVED, JOINED, TINY, repr(EMPTY))
    total = 0
    for i in range(0, LIMIT, STEP):
        total += i
    print(total, scaled(LIMIT), scaled(NEG), BIG // LIMIT, NEG % STEP, NEG // STEP)
    print(len(GREETING), GREETING[1], JOINED[-5], MASK & NEG, MASK | 0x100, ~MASK)
    if DEBUG:
        print("debug")
    else:
        print("release")
    print(f"{SCALE:.3f} {BIG:,} {NEG:+} {HALF:%} {GREETING:*^11}")
    print(LIMIT < DERIVED < BIG, BIG - DERIVED, HALF * SCALE)


if __name__ == "__main__":
    main()
