"""Exceptions crossing the extension boundary."""


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what: str, code: int = 404) -> None:
        super().__init__(f"{what} not found")
        self.what = what
        self.code = code


class Invalid(AppError):
    pass


class Conflict(Invalid):
    pass


def check_positive(n: int) -> int:
    if n <= 0:
        raise ValueError(f"expected a positive number, got {n}")
    return n


def parse_int(s: str) -> int:
    return int(s)


def parse_float(s: str) -> float:
    return float(s)


def lookup(d: dict[str, int], k: str) -> int:
    return d[k]


def lookup_int(d: dict[int, str], k: int) -> str:
    return d[k]


def lookup_tuple(d: dict[tuple[int, str], int], k: tuple[int, str]) -> int:
    return d[k]


def pop_key(d: dict[str, int], k: str) -> int:
    return d.pop(k)


def item(xs: list[int], i: int) -> int:
    return xs[i]


def char_at(s: str, i: int) -> str:
    return s[i]


def pop_empty() -> int:
    xs: list[int] = []
    return xs.pop()


def divide(a: int, b: int) -> int:
    return a // b


def modulo(a: int, b: int) -> int:
    return a % b


def fdivide(a: float, b: float) -> float:
    return a / b


def ratio(a: int, b: int) -> float:
    return a / b


def must_be_even(n: int) -> int:
    assert n % 2 == 0, f"{n} is odd"
    return n // 2


def bare_assert(flag: bool) -> None:
    assert flag


def find_user(users: dict[str, int], name: str) -> int:
    if name not in users:
        raise NotFound(name)
    return users[name]


def validate(name: str) -> str:
    if not name:
        raise Invalid("empty name")
    if name == "admin":
        raise Conflict("name taken")
    return name.lower()


def app_error(msg: str) -> None:
    raise AppError(msg)


def level3(k: str) -> int:
    table = {"a": 1}
    return table[k] * 10


def level2(k: str) -> int:
    return level3(k) + 1


def level1(k: str) -> int:
    return level2(k.strip()) * 2


def deep_user(n: int) -> int:
    if n == 0:
        raise NotFound("deep", 410)
    return deep_user(n - 1) + 1


def caught_inside(k: str) -> str:
    try:
        level1(k)
    except KeyError as e:
        return f"caught KeyError {e}"
    return "no error"


def caught_base(name: str) -> str:
    try:
        return validate(name)
    except AppError as e:
        return f"{type(e).__name__}: {e}"


def finally_runs(n: int) -> list[str]:
    log: list[str] = []
    try:
        try:
            log.append("start")
            check_positive(n)
            log.append("ok")
        finally:
            log.append("finally")
    except ValueError:
        log.append("handled")
    return log


def reraise(n: int) -> int:
    try:
        return divide(10, n)
    except ZeroDivisionError:
        print("logging before re-raise")
        raise


def chained(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise Invalid(f"bad input {s!r}") from e


def raise_in_finally_cleanup(n: int) -> int:
    total = 0
    try:
        total = 100 // n
    finally:
        print("cleanup", total)
    return total


def code_of(name: str) -> int:
    try:
        find_user({}, name)
    except NotFound as e:
        return e.code
    return 0


def many_errors(k: int) -> str:
    out = ""
    for i in range(k):
        try:
            if i % 3 == 0:
                raise ValueError("v")
            if i % 3 == 1:
                raise KeyError(i)
            out += "."
        except ValueError:
            out += "V"
        except KeyError:
            out += "K"
    return out


def print_then_raise(x: int) -> int:
    print("about to fail with", x)
    raise IndexError(f"index {x} is bad")


def not_implemented() -> int:
    raise NotImplementedError("later")


def runtime(msg: str) -> None:
    raise RuntimeError(msg)


def type_error() -> None:
    raise TypeError("explicit type error")


def key_error_custom() -> None:
    raise KeyError("custom key")


def key_error_int() -> None:
    raise KeyError(42)
