"""Nested loops: multiplication table, primes, pythagorean triples."""


def main() -> None:
    header = "   |"
    for j in range(1, 10):
        header += f"{j:>4}"
    print(header)
    print("---+------------------------------------")
    for i in range(1, 10):
        row = f"{i:>2} |"
        for j in range(1, 10):
            row += f"{i * j:>4}"
        print(row)
    count = 0
    n = 2
    while count < 25:
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
            print(n, end=" " if count < 25 else "\n")
        n += 1
    triples = 0
    for a in range(1, 40):
        for b in range(a, 40):
            for c in range(b, 60):
                if a * a + b * b == c * c:
                    triples += 1
                    if triples <= 8:
                        print(f"({a}, {b}, {c})")
    print("triples", triples)
    total = 0
    for i in range(30):
        for j in range(i):
            for k in range(j):
                total += (i ^ j ^ k) & 7
    print("total", total)


if __name__ == "__main__":
    main()
