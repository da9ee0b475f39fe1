"""Round-2 bug-hunt regression (see the file name)."""
from typing import Iterator

def g() -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")

it = g()
print(next(it))
print("end")
