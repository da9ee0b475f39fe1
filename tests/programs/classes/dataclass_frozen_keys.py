"""Frozen dataclasses: hashable values used as dict keys and set members, equality by fields."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Coord:
    row: int
    col: int

    def neighbors(self) -> list["Coord"]:
        return [Coord(self.row + dr, self.col + dc) for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]]


@dataclass(frozen=True)
class Key:
    name: str
    version: int = 0


def main() -> None:
    grid: dict[Coord, str] = {}
    for r in range(3):
        for c in range(3):
            grid[Coord(r, c)] = "#" if (r + c) % 2 == 0 else "."
    print(grid[Coord(1, 1)], grid[Coord(0, 1)], len(grid))
    print(Coord(2, 2) in grid, Coord(3, 0) in grid)
    seen: set[Coord] = {Coord(0, 0)}
    frontier = [Coord(0, 0)]
    while frontier:
        cur = frontier.pop()
        for n in cur.neighbors():
            if n in grid and n not in seen:
                seen.add(n)
                frontier.append(n)
    print(len(seen), Coord(1, 2) in seen)
    print([(c.row, c.col) for c in grid if c in seen][:4])
    counts: dict[Key, int] = {}
    for k in [Key("a"), Key("b", 2), Key("a"), Key("a", 1), Key("b", 2)]:
        counts[k] = counts.get(k, 0) + 1
    for k, v in counts.items():
        print(k, v)
    print(Coord(1, 2) == Coord(1, 2), Coord(1, 2) == Coord(2, 1), Coord(1, 2) != Coord(1, 3))
    print({Key("x"), Key("x"), Key("x", 0)} == {Key("x")})


if __name__ == "__main__":
    main()
