"""Handlers for base classes catch subclasses: LookupError, ArithmeticError, Exception, BaseException."""


def fail(kind: int) -> int:
    d: dict[str, int] = {}
    xs: list[int] = []
    if kind == 0:
        return d["k"]
    if kind == 1:
        return xs[3]
    if kind == 2:
        return 1 // kind - 1 // (kind - 2)
    if kind == 3:
        return int("three")
    if kind == 4:
        raise RuntimeError("runtime")
    if kind == 5:
        raise NotImplementedError("later")
    if kind == 6:
        raise TypeError("wrong type")
    if kind == 7:
        raise AssertionError("assert")
    return kind


def classify(kind: int) -> str:
    try:
        fail(kind)
    except LookupError as e:
        return f"lookup: {e}"
    except ArithmeticError as e:
        return f"arith: {e}"
    except RuntimeError as e:
        return f"runtime family: {e}"
    except Exception as e:
        return f"exception: {e}"
    return "ok"


def first_match(kind: int) -> str:
    try:
        fail(kind)
    except Exception:
        return "Exception first"
    except LookupError:
        return "never reached"
    return "none"


def main() -> None:
    for k in range(9):
        print(k, classify(k), "|", first_match(k))
    try:
        raise ZeroDivisionError("zd")
    except ArithmeticError as e:
        print("ArithmeticError caught ZeroDivisionError:", e)
    try:
        raise KeyError("kk")
    except BaseException as e:
        print("BaseException caught KeyError:", e)
    try:
        raise IndexError("ii")
    except (KeyError, ValueError):
        print("wrong")
    except LookupError as e:
        print("LookupError caught IndexError:", e)


if __name__ == "__main__":
    main()
