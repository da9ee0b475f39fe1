"""str(e), print(e) and f-strings for raised exceptions with various messages."""


def boom(kind: int) -> None:
    if kind == 0:
        raise ValueError()
    if kind == 1:
        raise ValueError("")
    if kind == 2:
        raise RuntimeError("multi\nline")
    if kind == 3:
        raise KeyError("quoted key")
    if kind == 4:
        raise IndexError("héllo ✓")
    if kind == 5:
        raise OverflowError(f"{kind * 7} too big")
    raise NotImplementedError


def main() -> None:
    for k in range(7):
        try:
            boom(k)
        except Exception as e:
            msg = str(e)
            print(k, len(msg), f"<{e}>")
            print(e)
            print("upper", msg.upper(), msg == "")
    try:
        boom(4)
    except IndexError as e:
        text = "prefix: " + str(e)
        parts = text.split(" ")
        print(parts)


if __name__ == "__main__":
    main()
