"""break and continue in for and while, nested loops."""


def first_divisor(n: int) -> int:
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return d
    return n


def main() -> None:
    for i in range(10):
        if i == 2:
            continue
        if i == 7:
            break
        print(i, end=" ")
    print()
    i = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > 14:
            break
        print(i, end=" ")
    print()
    for a in range(1, 6):
        for b in range(1, 6):
            if b > a:
                break
            if (a + b) % 2:
                continue
            print(f"{a}{b}", end=" ")
        print("|", end=" ")
    print()
    pairs = 0
    for x in range(1, 30):
        y = 0
        while True:
            y += 1
            if y * y > x:
                break
            if x % y:
                continue
            pairs += 1
    print("pairs", pairs)
    for n in range(2, 40):
        d = first_divisor(n)
        if d == n:
            print(n, end=" ")
    print()
    found = -1
    for i in range(100):
        if i * i > 2000:
            found = i
            break
    print("found", found)
    count = 0
    for i in range(50):
        if i % 2 == 0:
            continue
        if i % 3 == 0:
            continue
        if i % 5 == 0:
            continue
        count += 1
    print("count", count)
    k = 100
    while k > 0:
        k -= 7
        if k < 50:
            continue
        if k == 51:
            break
    print("k", k)


if __name__ == "__main__":
    main()
