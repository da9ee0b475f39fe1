"""Printing Optional str and list values (set and unset) returned from methods and stored in fields."""


class Entry:
    def __init__(self, key: str) -> None:
        self.key = key
        self.note: str | None = None
        self.extra: list[int] | None = None

    def lookup(self, want: str) -> str | None:
        if want == self.key:
            return self.key.upper()
        return None


def main() -> None:
    e = Entry("k")
    print(e.lookup("k"), e.lookup("z"))
    print(e.note, e.extra)
    e.note = "hello"
    e.extra = [1, 2]
    print(e.note, e.extra, str(e.note), repr(e.note), f"[{e.note}]")


if __name__ == "__main__":
    main()
