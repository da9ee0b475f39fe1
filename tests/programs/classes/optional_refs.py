"""X | None and Optional[X] references: is None / is not None tests, narrowing, reassigning to None."""
from typing import Optional


class Person:
    def __init__(self, name: str, boss: "Person | None" = None) -> None:
        self.name = name
        self.boss = boss
        self.nickname: str | None = None
        self.friends: Optional[list[str]] = None

    def chain(self) -> list[str]:
        out: list[str] = []
        cur: Person | None = self
        while cur is not None:
            out.append(cur.name)
            cur = cur.boss
        return out


def find(people: list[Person], name: str) -> Optional[Person]:
    for p in people:
        if p.name == name:
            return p
    return None


def display(p: Person) -> str:
    if p.nickname is not None:
        return p.name + " (has a nickname)"
    return p.name


def main() -> None:
    ceo = Person("ceo")
    vp = Person("vp", ceo)
    eng = Person("eng", vp)
    intern = Person("intern", eng)
    staff = [ceo, vp, eng, intern]
    print(intern.chain(), ceo.chain())
    print(ceo.boss is None, vp.boss is not None)
    b = intern.boss
    if b is not None:
        print("boss of intern:", b.name)
    found = find(staff, "vp")
    print("found" if found is not None else "missing", found.name if found else "-")
    print(find(staff, "nobody") is None)
    eng.nickname = "the builder"
    print([display(p) for p in staff])
    eng.nickname = None
    print(display(eng))
    vp.friends = ["a", "b"]
    print([p.friends is None for p in staff])
    intern.boss = None
    print(intern.chain())
    x: Person | None = find(staff, "eng")
    print(x is eng, x is vp)


if __name__ == "__main__":
    main()
