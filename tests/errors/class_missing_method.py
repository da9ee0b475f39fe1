class Greeter:
    def __init__(self, name: str) -> None:
        self.name = name

    def hello(self) -> str:
        return "hello " + self.name


def main() -> None:
    g = Greeter("ann")
    print(g.hello())
    print(g.goodbye())  # E: "Greeter" has no attribute "goodbye" [attr-defined]


if __name__ == "__main__":
    main()
