"""Module-level variables read and written through `global`."""

counter = 0
total: int = 100
name: str = "start"
ratio: float = 1.0
enabled: bool = False
history: str = ""


def bump(n: int) -> int:
    global counter
    counter += n
    return counter


def rename(s: str) -> None:
    global name, history
    history += name + ">"
    name = s


def scale(f: float) -> float:
    global ratio
    ratio *= f
    return ratio


def toggle() -> bool:
    global enabled
    enabled = not enabled
    return enabled


def read_only() -> int:
    return counter * 2 + total


def shadow() -> int:
    total = 5
    return total + counter


def reset() -> None:
    global counter, total
    counter = total = 0


def main() -> None:
    print(counter, total, name, ratio, enabled)
    for i in range(1, 6):
        print(bump(i), read_only(), shadow())
    rename("alpha")
    rename("beta")
    rename("γάμμα")
    print(name, history)
    print(scale(1.5), scale(0.5), scale(3.0), ratio)
    print(toggle(), toggle(), toggle(), enabled)
    print(counter, total)
    reset()
    print(counter, total, read_only(), shadow())
    bump(7)
    print(counter)


print("module level:", counter, name)
counter = 3
print("after module assignment:", bump(1))

if __name__ == "__main__":
    main()
