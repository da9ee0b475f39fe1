"""Functions called from a handler's else block may raise; the error goes to the outer try."""


def validate(n: int) -> int:
    if n > 100:
        raise ValueError(f"too big: {n}")
    return n


def process(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        print("not a number:", s)
        return 0
    else:
        print("validating", n)
        return validate(n) + validate(n * 10)
    finally:
        print("processed", s)


def main() -> None:
    for s in ["5", "q", "50", "500"]:
        try:
            print("result", process(s))
        except ValueError as e:
            print("outer:", e)
    try:
        x = [1, 2][0]
    except IndexError:
        print("no")
    else:
        print("else calling", x)
        print(process("7"))
        print(process("2000"))


if __name__ == "__main__":
    main()
