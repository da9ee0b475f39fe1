"""A ValueError raised inside a method, passed through a caught handler and re-raised, ends the program."""


class Parser:
    def __init__(self, text: str) -> None:
        self.tokens = text.split(",")
        self.pos = 0

    def next_int(self) -> int:
        tok = self.tokens[self.pos].strip()
        self.pos += 1
        return int(tok)

    def total(self) -> int:
        t = 0
        while self.pos < len(self.tokens):
            t += self.next_int()
        return t


def safe_total(text: str) -> int:
    p = Parser(text)
    try:
        return p.total()
    except ValueError:
        print("bad token at", p.pos)
        raise


def main() -> None:
    print(safe_total("1, 2, 3"))
    print(safe_total(" 40,2 "))
    print(safe_total("5, six, 7"))


if __name__ == "__main__":
    main()
