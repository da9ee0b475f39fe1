"""Sieve of Eratosthenes with list[bool], prime gaps, twin primes, Goldbach pairs."""


def sieve(n: int) -> list[bool]:
    is_p = [True] * (n + 1)
    is_p[0] = False
    if n >= 1:
        is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
        i += 1
    return is_p


def sieve_loop(n: int) -> list[bool]:
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    for i in range(2, n + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return is_p


def main() -> None:
    n = 2000
    s = sieve(n)
    primes = [i for i in range(n + 1) if s[i]]
    print(len(primes), primes[:15], primes[-5:], s == sieve_loop(n))
    gaps = [b - a for a, b in zip(primes, primes[1:])]
    print(max(gaps), gaps.index(max(gaps)), primes[gaps.index(max(gaps))], gaps.count(2), gaps.count(6))
    twins = [p for p, q in zip(primes, primes[1:]) if q - p == 2]
    print(len(twins), twins[:8])
    for even in range(4, 41, 6):
        pairs = [p for p in primes if p <= even // 2 and s[even - p]]
        print(even, pairs)
    print(s[:12], sieve(1), sieve(2), [i for i, b in enumerate(sieve(30)) if b])
    counts = [0] * 10
    for p in primes:
        counts[p % 10] += 1
    print(counts)


if __name__ == "__main__":
    main()
