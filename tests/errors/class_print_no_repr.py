class Box:
    def __init__(self, v: int) -> None:
        self.v = v


def main() -> None:
    b = Box(3)
    print(b.v)
    print(b)  # E: printing a 'Box' without __repr__ or __str__ shows its address [unsupported]
    print(f"box {b}")  # E: printing a 'Box' without __repr__ or __str__ shows its address [unsupported]


if __name__ == "__main__":
    main()
