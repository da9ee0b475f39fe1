"""`raise e` of a caught exception propagates the same class and message."""


def convert(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        print("convert failed, passing on")
        raise e


def fetch(d: dict[str, int], k: str) -> int:
    try:
        return d[k]
    except KeyError as err:
        if k.startswith("opt"):
            return 0
        raise err


def main() -> None:
    for s in ["1", "a1"]:
        try:
            print(convert(s))
        except ValueError as e:
            print("main:", e)
    d = {"x": 1}
    for k in ["x", "opt_y", "z"]:
        try:
            print(k, fetch(d, k))
        except LookupError as e:
            print(k, "lookup error", e)
    print(fetch(d, "final"))


if __name__ == "__main__":
    main()
