"""Deleting from a dict while iterating its items raises RuntimeError."""


def main() -> None:
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    for k, v in d.items():
        print(k, v)
        if v % 2 == 0:
            del d[k]


if __name__ == "__main__":
    main()
