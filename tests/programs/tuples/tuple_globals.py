"""Module-level tuples: Final constants, a global tuple rebound through `global`, a global list of tuples."""

from typing import Final

ORIGIN: Final = (0, 0)
DIRS: Final = ((0, 1), (1, 0), (0, -1), (-1, 0))
UNITS = ("ms", "s", "min")
pos = (0, 0)
log: list[tuple[str, int]] = []


def move(step: int) -> None:
    global pos
    d = DIRS[step % 4]
    pos = (pos[0] + d[0], pos[1] + d[1])
    log.append(("move", step))


def main() -> None:
    print(ORIGIN, DIRS, UNITS, pos)
    for s in range(7):
        move(s)
    print(pos, pos == ORIGIN, len(log), log[-1], log[:2])
    print(UNITS[1], UNITS[-1], "s" in UNITS)
    seen = {ORIGIN: "start", DIRS[0]: "north"}
    print(seen[(0, 0)], seen[DIRS[0]], DIRS[1] in seen, seen)


if __name__ == "__main__":
    main()
