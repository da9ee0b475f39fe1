"""sys.exit raises SystemExit: it can be caught, Exception does not catch it, and finally runs."""

import sys


def quit_with(code: int) -> None:
    print("quitting with", code)
    sys.exit(code)


def guarded(code: int) -> str:
    try:
        try:
            quit_with(code)
        except Exception:
            return "Exception caught it (wrong)"
        finally:
            print("inner finally", code)
    except SystemExit as e:
        return f"SystemExit caught: {e}"
    return "not reached"


def main() -> None:
    print(guarded(3))
    print(guarded(0))
    try:
        sys.exit()
    except BaseException as e:
        print("caught plain exit:", f"[{e}]")
    try:
        try:
            quit_with(4)
        except (ValueError, KeyError):
            print("no")
        finally:
            print("cleanup before real exit")
    except Exception:
        print("no either")
    print("not printed")


if __name__ == "__main__":
    main()
