"""Clearing a dict while iterating its values raises RuntimeError at the next step."""


def main() -> None:
    d = {"a": 1, "b": 2}
    total = 0
    for v in d.values():
        total += v
        print(total)
        d.clear()
        print(len(d))


if __name__ == "__main__":
    main()
