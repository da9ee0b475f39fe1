"""ord() of a two-character string raises TypeError."""


def codes(ws: list[str]) -> list[int]:
    return [ord(w) for w in ws]


def main() -> None:
    print(codes(["a", "é", "日", "😀"]))
    print(codes(["b", "e\u0301"]))


if __name__ == "__main__":
    main()
