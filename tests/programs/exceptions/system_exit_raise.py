"""raise SystemExit(n) directly: caught once, then uncaught it sets the exit status."""

import sys


def stop(code: int) -> None:
    raise SystemExit(code)


def main() -> None:
    try:
        sys.exit(3)
    except SystemExit:
        print("first exit caught")
    try:
        stop(7)
    except BaseException:
        print("second exit caught")
    try:
        stop(5)
    except Exception:
        print("Exception must not catch SystemExit")
    finally:
        print("finally before exiting")


if __name__ == "__main__":
    main()
