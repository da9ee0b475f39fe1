"""An abstract method raising NotImplementedError escapes when a subclass forgets to override it."""


class Plugin:
    def __init__(self, name: str) -> None:
        self.name = name

    def run(self, x: int) -> int:
        raise NotImplementedError(f"{self.name} must implement run()")

    def describe(self) -> str:
        return f"plugin {self.name}"


class Doubler(Plugin):
    def run(self, x: int) -> int:
        return x * 2


class Squarer(Plugin):
    def run(self, x: int) -> int:
        return x * x


class Forgetful(Plugin):
    def describe(self) -> str:
        return "forgetful " + super().describe()


def pipeline(plugins: list[Plugin], x: int) -> int:
    for p in plugins:
        x = p.run(x)
        print(p.describe(), "->", x)
    return x


def main() -> None:
    ps: list[Plugin] = [Doubler("d"), Squarer("s"), Doubler("d2")]
    print(pipeline(ps, 3))
    ps.insert(2, Forgetful("f"))
    print(pipeline(ps, 1))


if __name__ == "__main__":
    main()
