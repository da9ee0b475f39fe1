"""Parse a list of strings into ints, skipping and reporting the bad ones."""


def parse_all(items: list[str]) -> tuple[list[int], list[str]]:
    good: list[int] = []
    bad: list[str] = []
    for raw in items:
        s = raw.strip()
        try:
            if s == "":
                raise ValueError("empty field")
            good.append(int(s))
        except ValueError as e:
            bad.append(f"{raw!r}: {e}")
    return good, bad


def stats(xs: list[int]) -> str:
    try:
        mean = sum(xs) // len(xs)
    except ZeroDivisionError:
        return "no data"
    return f"n={len(xs)} min={min(xs)} max={max(xs)} mean={mean}"


def main() -> None:
    lines = ["10", " 20 ", "abc", "-5", "", "3.0", "+7", "1e2", "42", "  "]
    good, bad = parse_all(lines)
    print("good:", good)
    for b in bad:
        print("bad", b)
    print(stats(good))
    print(stats(parse_all(["x", "y"])[0]))


if __name__ == "__main__":
    main()
