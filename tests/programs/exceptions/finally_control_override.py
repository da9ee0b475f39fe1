"""continue, break or return inside finally discard the exception that was propagating."""


def swallow_continue(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            if i == 1:
                raise ValueError("lost")
            total += i
        finally:
            if i == 1:
                continue
    return total


def swallow_break(words: list[str]) -> list[int]:
    out: list[int] = []
    for w in words:
        try:
            out.append(int(w))
        finally:
            if len(out) < 2:
                break
    return out


def override() -> int:
    try:
        raise KeyError("k")
    finally:
        return 5


def override_value(xs: list[int]) -> int:
    try:
        return xs[0]
    finally:
        if len(xs) > 1:
            return xs[1]


def main() -> None:
    print(swallow_continue(4))
    print(swallow_break(["7", "x", "9"]))
    print(swallow_break(["x", "5"]))
    print(override())
    print(override_value([1]), override_value([1, 2]))


if __name__ == "__main__":
    main()
