"""Nested try/finally statements run their finally blocks innermost first, on every path."""


def trace(tag: str, fail_at: int) -> None:
    try:
        print(tag, "outer try")
        try:
            print(tag, "middle try")
            try:
                print(tag, "inner try")
                if fail_at == 1:
                    raise ValueError("inner")
            finally:
                print(tag, "inner finally")
            if fail_at == 2:
                raise KeyError("middle")
        except ValueError as e:
            print(tag, "middle handler", e)
            if fail_at == 1:
                raise IndexError("from handler")
        finally:
            print(tag, "middle finally")
        print(tag, "after middle")
    except (IndexError, KeyError) as e:
        print(tag, "outer handler", e)
    finally:
        print(tag, "outer finally")
    print(tag, "done")


def main() -> None:
    trace("A", 0)
    trace("B", 1)
    trace("C", 2)


if __name__ == "__main__":
    main()
