"""Output written without a newline is flushed before the traceback."""


def main() -> None:
    print("first line")
    print("second, no newline", end="")
    print(" ... still going", end="")
    raise OverflowError("custom overflow message")


if __name__ == "__main__":
    main()
