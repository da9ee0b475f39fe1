"""Function calls: early returns, None-returning functions, many parameters."""


def classify(n: int) -> str:
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    if n % 2 == 0:
        return "even"
    return "odd"


def log(msg: str) -> None:
    print("log:", msg)


def maybe_log(msg: str, on: bool) -> None:
    if not on:
        return
    print("maybe:", msg)


def loop_return(limit: int) -> int:
    for i in range(limit):
        if i * i > 50:
            return i
    while True:
        return -1


def many(a: int, b: float, c: str, d: bool, e: int, f: float, g: str, h: bool) -> str:
    return f"{a}|{b}|{c}|{d}|{e}|{f}|{g}|{h}"


def compose(x: int) -> int:
    return add_one(double(add_one(x)))


def add_one(x: int) -> int:
    return x + 1


def double(x: int) -> int:
    return x * 2


def pass_through(x: float) -> float:
    return x


def empty_body() -> None:
    pass


def docstring_only() -> None:
    """Has only a docstring."""


def main() -> None:
    for n in range(-2, 4):
        print(n, classify(n))
    log("hello")
    maybe_log("shown", True)
    maybe_log("hidden", False)
    print(loop_return(100), loop_return(3))
    print(many(1, 2.5, "three", True, -5, -0.0, "日本", False))
    print(compose(5), compose(-1), add_one(add_one(add_one(0))))
    print(pass_through(1.5), pass_through(-0.0), pass_through(1e300 * 10.0))
    empty_body()
    docstring_only()
    print(classify(compose(3)), len(classify(0)))


if __name__ == "__main__":
    main()
