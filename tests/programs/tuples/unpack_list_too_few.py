"""Unpacking a list shorter than the targets raises ValueError: not enough values to unpack (expected 3, got 2)."""


def parts(s: str) -> list[str]:
    return s.split(",")


def main() -> None:
    for line in ["a,b,c", "1,2,3", "x,y"]:
        p, q, r = parts(line)
        print(p, q, r)


if __name__ == "__main__":
    main()
