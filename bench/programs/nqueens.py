"""N-queens by backtracking: recursion with `set[int]` membership, `add` and
`remove` for the occupied columns and diagonals, and a `list[int]` of the
queens placed so far.

For every board size n = 1..N, counts the placements of n non-attacking
queens on an n x n board; prints the counts, and the first and last
solutions found for n = N.
"""
from typing import Final

N: Final[int] = 12


class Solver:
    def __init__(self, n: int) -> None:
        self.n = n
        self.columns: set[int] = set()
        self.diagonals: set[int] = set()
        self.anti_diagonals: set[int] = set()
        self.queens: list[int] = []
        self.solutions: list[list[int]] = []

    def place(self, row: int) -> int:
        if row == self.n:
            self.solutions.append(self.queens.copy())
            return 1
        count = 0
        for col in range(self.n):
            if (
                col in self.columns
                or row - col in self.diagonals
                or row + col in self.anti_diagonals
            ):
                continue
            self.columns.add(col)
            self.diagonals.add(row - col)
            self.anti_diagonals.add(row + col)
            self.queens.append(col)
            count += self.place(row + 1)
            self.queens.pop()
            self.anti_diagonals.remove(row + col)
            self.diagonals.remove(row - col)
            self.columns.remove(col)
        return count


def main() -> None:
    counts = [Solver(n).place(0) for n in range(1, N)]
    solver = Solver(N)
    counts.append(solver.place(0))
    print(f"nqueens 1..{N}: {counts}")
    first = solver.solutions[0]
    last = solver.solutions[-1]
    print(f"{N}: {len(solver.solutions)} solutions, first {first}, last {last}")


if __name__ == "__main__":
    main()
