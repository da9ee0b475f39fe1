"""finally runs when try or a handler returns; the returned value is computed before finally."""

log: list[str] = []


def record(s: str) -> int:
    log.append(s)
    return len(log)


def ret_in_try(x: int) -> int:
    try:
        return record("try " + str(x))
    finally:
        record("finally " + str(x))


def ret_in_handler(x: int) -> str:
    try:
        if x > 0:
            raise ValueError("positive")
        return "non-positive"
    except ValueError as e:
        return "handled " + str(e)
    finally:
        log.append("cleanup " + str(x))


def nested_returns(x: int) -> int:
    try:
        try:
            if x == 0:
                return 10
            return 100 // (x - 1)
        finally:
            log.append("inner")
    except ZeroDivisionError:
        return -1
    finally:
        log.append("outer")


def counter_state(xs: list[int]) -> int:
    try:
        xs.append(1)
        return len(xs)
    finally:
        xs.append(2)


def main() -> None:
    print(ret_in_try(1), ret_in_try(2))
    print(ret_in_handler(5), ret_in_handler(-5))
    print(nested_returns(0), nested_returns(1), nested_returns(3))
    ys: list[int] = []
    print(counter_state(ys), ys)
    for line in log:
        print(line)


if __name__ == "__main__":
    main()
