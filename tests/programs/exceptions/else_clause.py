"""try/else: else runs only without an exception; errors in else are not caught by that try."""


def parse(s: str) -> int:
    return int(s)


def check(s: str) -> str:
    try:
        v = parse(s)
    except ValueError:
        return "bad " + s
    else:
        return "good " + str(v * 2)
    finally:
        print("checked", s)


def else_raises(s: str) -> None:
    try:
        v = parse(s)
    except ValueError:
        print("handler for", s)
    else:
        print("else for", s)
        if v == 0:
            raise ValueError("zero in else")
        print(100 // v)


def main() -> None:
    for s in ["4", "x", "-1"]:
        print(check(s))
    for s in ["5", "y"]:
        else_raises(s)
    try:
        else_raises("0")
    except ValueError as e:
        print("outer caught:", e)
    n = 0
    for i in range(4):
        try:
            if i == 2:
                raise KeyError(i)
        except KeyError:
            n += 100
        else:
            n += 1
    print("n", n)


if __name__ == "__main__":
    main()
