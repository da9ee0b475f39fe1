"""Recursion with try/finally: every frame's finally runs while an exception unwinds."""

depth_log: list[int] = []


def descend(n: int, fail_at: int) -> int:
    try:
        if n == fail_at:
            raise ValueError(f"failed at {n}")
        if n == 0:
            return 0
        return descend(n - 1, fail_at) + n
    finally:
        depth_log.append(n)


def catch_midway(n: int, fail_at: int, catch_at: int) -> int:
    try:
        if n == fail_at:
            raise KeyError(n)
        return catch_midway(n - 1, fail_at, catch_at) * 2
    except KeyError as e:
        if n != catch_at:
            raise
        print("caught", e, "at depth", n)
        return 1
    finally:
        print("unwind", n)


def fact(n: int) -> int:
    try:
        if n <= 1:
            return 1
        return n * fact(n - 1)
    finally:
        depth_log.append(-n)


def main() -> None:
    print(descend(5, -1), depth_log)
    depth_log.clear()
    try:
        print(descend(6, 2))
    except ValueError as e:
        print("error:", e, depth_log)
    depth_log.clear()
    print(catch_midway(6, 1, 4))
    print(fact(6), depth_log)


if __name__ == "__main__":
    main()
