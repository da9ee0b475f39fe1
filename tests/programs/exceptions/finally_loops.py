"""finally runs on break and continue inside loops, including nested loops and while loops."""


def scan(xs: list[int]) -> int:
    total = 0
    for x in xs:
        try:
            if x < 0:
                print("skip", x)
                continue
            if x == 0:
                print("stop")
                break
            total += x
        finally:
            print("finally for", x)
    else:
        print("loop finished without break")
    return total


def grid(n: int) -> list[str]:
    out: list[str] = []
    for i in range(n):
        try:
            for j in range(n):
                try:
                    if j > i:
                        break
                    if (i + j) % 2 == 1:
                        continue
                    out.append(f"{i}{j}")
                finally:
                    out.append(".")
            if i == 2:
                continue
            out.append("|")
        finally:
            out.append("/")
    return out


def countdown(n: int) -> int:
    steps = 0
    while True:
        try:
            n -= 1
            if n % 3 == 0:
                continue
            if n < 0:
                break
            steps += 1
        finally:
            steps += 100
    return steps


def main() -> None:
    print(scan([1, -2, 3, 0, 5]))
    print(scan([4, -1]))
    print("".join(grid(4)))
    print(countdown(7))


if __name__ == "__main__":
    main()
