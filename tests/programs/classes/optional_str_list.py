"""Optional str and list fields and returns, narrowed by `is not None` and built by a conditional expression."""


class Profile:
    def __init__(self, name: str) -> None:
        self.name = name
        self.nickname: str | None = None
        self.tags: list[str] | None = None

    def display(self) -> str:
        if self.nickname is not None:
            return f"{self.name} aka {self.nickname.upper()}"
        return self.name


def initials(name: str) -> str | None:
    return name[0] if name else None


def tag_count(p: Profile) -> int:
    tags = p.tags
    return len(tags) if tags is not None else -1


def main() -> None:
    p = Profile("ada")
    print(p.display(), tag_count(p))
    p.nickname = "countess"
    p.tags = ["math", "engines"]
    print(p.display(), tag_count(p))
    for n in ["grace", ""]:
        i = initials(n)
        if i is not None:
            print("initial", i + ".")
        else:
            print("no initial")


if __name__ == "__main__":
    main()
