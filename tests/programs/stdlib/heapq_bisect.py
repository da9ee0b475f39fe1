"""heapq and bisect over lists of ints, floats, strs and tuples; an empty heappop at the end."""

import heapq
import bisect
from heapq import heappush, heappop


def main() -> None:
    h: list[int] = []
    for x in [5, 1, 8, 3, 9, 2, 7]:
        heappush(h, x)
    print(h, [heappop(h) for _ in range(3)], h)
    jobs: list[tuple[int, str]] = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
    heapq.heapify(jobs)
    print(jobs, heapq.heappop(jobs), heapq.heapreplace(jobs, (0, "y")), heapq.heappushpop(jobs, (9, "q")), jobs)
    print(heapq.nsmallest(2, [4, 1, 3, 1]), heapq.nlargest(3, ["b", "a", "d", "c"]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
    xs = [1, 2, 4, 4, 8]
    print(bisect.bisect_left(xs, 4), bisect.bisect_right(xs, 4), bisect.bisect(xs, 5), bisect.bisect_left(xs, 4, 3))
    bisect.insort(xs, 3)
    bisect.insort_left(xs, 4)
    print(xs)
    fs = [0.5, 1.5]
    heappush(fs, -1.0)
    print(fs, heappop(fs))
    e: list[str] = []
    heappop(e)


if __name__ == "__main__":
    main()
