"""Mandelbrot set over a fixed grid: measures float arithmetic in tight loops.

Prints the number of grid points still bounded after MAX_ITER iterations and
the total number of iterations performed (both ints, so outputs compare exactly).
"""
from typing import Final

WIDTH: Final[int] = 600
HEIGHT: Final[int] = 400
MAX_ITER: Final[int] = 160


def iterations(cr: float, ci: float, max_iter: int) -> int:
    zr: float = 0.0
    zi: float = 0.0
    i: int = 0
    while i < max_iter:
        zr2: float = zr * zr
        zi2: float = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return max_iter


def main() -> None:
    inside: int = 0
    total: int = 0
    y: int = 0
    while y < HEIGHT:
        ci: float = -1.25 + 2.5 * float(y) / float(HEIGHT)
        x: int = 0
        while x < WIDTH:
            cr: float = -2.25 + 3.0 * float(x) / float(WIDTH)
            n: int = iterations(cr, ci, MAX_ITER)
            if n == MAX_ITER:
                inside += 1
            total += n
            x += 1
        y += 1
    print("mandelbrot", WIDTH, HEIGHT, MAX_ITER, inside, total)


if __name__ == "__main__":
    main()
