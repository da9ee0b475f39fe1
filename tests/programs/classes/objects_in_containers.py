"""Objects stored in lists, dicts, tuples and nested containers; aliasing and mutation through them."""
from dataclasses import dataclass


class Cell:
    def __init__(self, v: int) -> None:
        self.v = v

    def __repr__(self) -> str:
        return f"Cell({self.v})"


@dataclass
class Pair:
    left: Cell
    right: Cell


def bump_all(cells: list[Cell]) -> None:
    for c in cells:
        c.v += 1


def main() -> None:
    a, b, c = Cell(1), Cell(2), Cell(3)
    cells = [a, b, c, a]
    bump_all(cells)
    print(cells, a.v)
    by_name: dict[str, Cell] = {"a": a, "b": b}
    by_name["c"] = c
    by_name["a"].v *= 10
    print(by_name, cells[0])
    t: tuple[Cell, str, int] = (b, "bee", 2)
    t[0].v = 99
    print(t, b)
    grid = [[Cell(r * 3 + k) for k in range(3)] for r in range(3)]
    grid[1][1].v = -1
    print(grid)
    print(sum(x.v for row in grid for x in row))
    groups: dict[str, list[Cell]] = {}
    for x in [Cell(5), Cell(8), Cell(12), Cell(7), Cell(4)]:
        groups.setdefault("even" if x.v % 2 == 0 else "odd", []).append(x)
    print(groups)
    p = Pair(a, a)
    p.left.v = 7
    print(p, p.right is a)
    pairs = [(Cell(i), Cell(-i)) for i in range(3)]
    for l, r in pairs:
        l.v += r.v * 2
    print(pairs)
    copy = list(cells)
    copy.append(Cell(0))
    copy[0].v = 0
    print(len(cells), len(copy), cells[0], cells[3])
    popped = cells.pop()
    del by_name["a"]
    print(popped, list(by_name.keys()), popped is a)
    nested: dict[str, tuple[Cell, list[Cell]]] = {"k": (Cell(1), [Cell(2), Cell(3)])}
    nested["k"][1].append(nested["k"][0])
    print(nested)


if __name__ == "__main__":
    main()
