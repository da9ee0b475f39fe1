"""Statements at module level run in order, before and around main()."""

from __future__ import annotations

import sys

print("first line of module")
x = 10
y = x * 2
print("x, y =", x, y)


def helper(n: int) -> int:
    """Docstring of a helper."""
    return n + x


if y > 15:
    print("y is big")
    z = y - 15
else:
    z = 0
print("z =", z, helper(z))

for i in range(3):
    print("module loop", i)

w = 0
while w < 100:
    w = w * 2 + 1
print("w =", w)

x = 100
print("helper now sees", helper(1))


def main() -> None:
    print("main", x, y, z, w, helper(0))
    print("argv length", len(sys.argv))


if __name__ == "__main__":
    main()
    print("after main")
print("last line of module", __name__)
