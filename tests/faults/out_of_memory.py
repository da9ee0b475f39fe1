"""Allocations that fail: a list too large for the address space, then a loop that
allocates until memory runs out. Run under a 2 GiB address-space limit
(tests/test_faults.py), CPython and the compiled program both raise MemoryError with
the same traceback."""
def grow() -> int:
    chunks: list[list[int]] = []
    total = 0
    while True:
        chunks.append([7] * 10_000_000)
        total += 1


def main() -> None:
    try:
        xs = [0] * 4_000_000_000
        print(len(xs))
    except MemoryError:
        print("MemoryError caught")
    grow()


main()
