"""Exception classes of the program: a hierarchy, raised with messages, caught by base class."""

class AppError(Exception):
    """Base of this app's errors."""


class ParseError(AppError):
    pass


class LimitError(AppError, ):
    pass


def parse(s: str) -> int:
    if not s.isdigit():
        raise ParseError(f"bad number: {s!r}")
    v = int(s)
    if v > 100:
        raise LimitError(str(v))
    return v


def main() -> None:
    for s in ["12", "x1", "500", "7"]:
        try:
            print(parse(s))
        except ParseError as e:
            print("parse:", e)
        except AppError as e:
            print("app:", e)
    try:
        raise AppError
    except Exception as e:
        print("generic", e)
    parse("999")


if __name__ == "__main__":
    main()
