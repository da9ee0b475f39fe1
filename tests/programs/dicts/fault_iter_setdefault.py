"""setdefault inserting a new key during iteration raises RuntimeError; an existing key does not."""


def main() -> None:
    groups: dict[str, list[int]] = {"odd": [1], "even": [2]}
    for k in groups:
        groups.setdefault(k, []).append(0)
    print(groups)
    for k in groups.keys():
        print(k)
        groups.setdefault(k.upper(), []).append(1)


if __name__ == "__main__":
    main()
