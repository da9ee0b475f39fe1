"""A comprehension over a dict whose element call inserts into it raises RuntimeError."""


REG: dict[str, int] = {"x": 1, "y": 2}


def touch(k: str) -> int:
    REG[k + "!"] = 0
    return len(REG)


def main() -> None:
    print([REG[k] for k in REG])
    print([touch(k) for k in REG])


if __name__ == "__main__":
    main()
