"""for/else and while/else: else runs only without break."""


def find(target: int, limit: int) -> str:
    for i in range(limit):
        if i * i == target:
            result = "root " + str(i)
            break
    else:
        result = "no root below " + str(limit)
    return result


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


def main() -> None:
    print(find(49, 10), find(50, 10), find(0, 1), find(0, 0))
    primes = ""
    for n in range(0, 60):
        if is_prime(n):
            primes += str(n) + " "
    print(primes)
    for i in range(3):
        print("body", i)
    else:
        print("for else ran")
    for i in range(0):
        print("never")
    else:
        print("empty for else ran")
    n = 0
    while n < 3:
        n += 1
    else:
        print("while else ran", n)
    while False:
        print("never")
    else:
        print("while False else ran")
    for i in range(5):
        if i == 3:
            break
    else:
        print("never printed")
    print("broke at", i)
    for i in range(5):
        continue
    else:
        print("continue does not skip else", i)
    for a in range(2, 5):
        for b in range(2, 5):
            if a * b == 9:
                print("inner break", a, b)
                break
        else:
            print("inner else", a)
    m = 10
    while m > 0:
        m -= 3
        if m == 4:
            break
    else:
        print("never")
    print("m", m)


if __name__ == "__main__":
    main()
