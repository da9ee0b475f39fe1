"""An exception raised in a finally block replaces the one that was propagating."""


def cleanup_fails(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("from body")
        return n
    finally:
        if n > 1:
            raise KeyError("from finally")
        print("clean finally", n)


def main() -> None:
    for n in range(3):
        try:
            print(cleanup_fails(n))
        except ValueError as e:
            print("value", e)
        except KeyError as e:
            print("key", e)
    try:
        pass
    finally:
        print("empty try body")
    cleanup_fails(5)


if __name__ == "__main__":
    main()
