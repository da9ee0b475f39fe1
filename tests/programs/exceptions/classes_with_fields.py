"""Exception classes with fields and methods: objects raised and caught, messages from super().__init__, __str__, hierarchy, re-raise, an uncaught one."""

class AppError(Exception):
    def __init__(self, code: int, detail: str) -> None:
        super().__init__(f"[{code}] {detail}")
        self.code = code
        self.detail = detail


class NotFound(AppError):
    def __init__(self, what: str) -> None:
        super().__init__(404, f"{what} not found")
        self.what = what


class Plain(Exception):
    pass


class Described(ValueError):
    def __str__(self) -> str:
        return "described!"


def lookup(key: str) -> int:
    table = {"a": 1}
    if key not in table:
        raise NotFound(key)
    return table[key]


def main() -> None:
    for k in ["a", "zz"]:
        try:
            print(lookup(k))
        except NotFound as e:
            print("missing", e.what, e.code, e, str(e))
        except AppError as e:
            print("other", e.code)
    try:
        raise AppError(500, "boom")
    except AppError as e:
        print(e.code, e.detail, f"{e}")
    try:
        raise Described()
    except ValueError as e:
        print(e)
    try:
        try:
            lookup("q")
        except AppError:
            print("re-raising")
            raise
    except Exception as e:
        print("outer", e)
    raise NotFound("final")


if __name__ == "__main__":
    main()
