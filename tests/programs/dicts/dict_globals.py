"""Module-level dicts and sets: mutation without `global`, rebinding with `global`, Final tables."""
from typing import Final

REGISTRY: dict[str, int] = {}
SEEN: set[str] = set()
ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
counter: dict[str, int] = {"n": 0}


def register(name: str) -> int:
    if name in REGISTRY:
        return REGISTRY[name]
    REGISTRY[name] = len(REGISTRY)
    SEEN.add(name)
    return REGISTRY[name]


def roman(s: str) -> int:
    total = 0
    for i in range(len(s)):
        v = ROMAN[s[i]]
        if i + 1 < len(s) and ROMAN[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def reset() -> None:
    global counter
    counter = {"n": 100}


def tick() -> None:
    counter["n"] += 1


def main() -> None:
    for n in ["x", "y", "x", "z", "y", "w"]:
        print(n, register(n), end=" | ")
    print()
    print(REGISTRY, sorted(SEEN), len(SEEN))
    print([roman(s) for s in ["III", "IV", "IX", "LVIII", "MCMXCIV", "MMXXIV", "CDXLIV"]])
    tick()
    tick()
    old = counter
    reset()
    tick()
    print(old, counter)
    REGISTRY.clear()
    SEEN.clear()
    print(register("again"), REGISTRY, len(SEEN))
    print(ROMAN, max(ROMAN.values()), sorted(ROMAN, key=roman))


if __name__ == "__main__":
    main()
