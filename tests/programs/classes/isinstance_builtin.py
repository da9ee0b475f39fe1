"""isinstance with built-in types: answered by the static type, None for optionals."""

def describe(x: int | None) -> str:
    if isinstance(x, int):
        return f"int {x}"
    return "none"


def main() -> None:
    print(isinstance(3, int), isinstance(True, int), isinstance("a", (int, float)), isinstance(2.5, (int, float)))
    print(describe(4), describe(None), isinstance([1], list), isinstance({1: 2}, dict))


if __name__ == "__main__":
    main()
