"""A program of several modules: a package with relative imports, module globals read and written across modules, classes and functions imported by name and through modules, a traceback through another module."""

import helpers
from geo import shapes, util
from geo.shapes import Point, make
from helpers import describe


def main() -> None:
    p = make(3.0, 4.0)
    q = shapes.make(1.0, 1.0)
    print(describe(p), describe(q), helpers.GREETING, shapes.UNIT, p == Point(3.0, 4.0))
    print(util.square(5.0), shapes.created, __name__)
    util.fail("bad value")


if __name__ == "__main__":
    main()
