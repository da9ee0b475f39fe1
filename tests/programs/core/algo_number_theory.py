"""Number theory: primes, modular exponentiation, totient, perfect numbers."""


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def mod_pow(b: int, e: int, m: int) -> int:
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r


def mul_mod(a: int, b: int, m: int) -> int:
    # a * b % m without exceeding 64 bits, for m < 2**62
    r = 0
    a %= m
    while b > 0:
        if b & 1:
            r = (r + a) % m
        a = (a + a) % m
        b >>= 1
    return r


def miller_rabin(n: int) -> bool:
    if n < 2:
        return False
    for p in range(2, 38):
        if is_prime(p):
            if n % p == 0:
                return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in range(2, 14):
        if not is_prime(a):
            continue
        x = 1
        base = a
        e = d
        while e > 0:
            if e & 1:
                x = mul_mod(x, base, n)
            base = mul_mod(base, base, n)
            e >>= 1
        if x == 1 or x == n - 1:
            continue
        composite = True
        for r in range(1, s):
            x = mul_mod(x, x, n)
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


def totient(n: int) -> int:
    result = n
    p = 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result


def sum_divisors(n: int) -> int:
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    return s


def main() -> None:
    count = 0
    last = 0
    for n in range(10000):
        if is_prime(n):
            count += 1
            last = n
    print("primes below 10000:", count, "largest:", last)
    print(mod_pow(2, 10, 1000), mod_pow(3, 1000000, 1000000007), mod_pow(7, 0, 13), mod_pow(10, 18, 999999937))
    print(mul_mod(1 << 61, (1 << 60) + 12345, 2305843009213693951), mul_mod(-5, 7, 11), mul_mod(123456789123, 987654321987, 4611686018427387847))
    for n in range(2305843009213693951 - 30, 2305843009213693952, 10):
        print(n, miller_rabin(n))
    print(miller_rabin(2305843009213693951), miller_rabin(1000000007), miller_rabin(561), miller_rabin(4294967297))
    line = ""
    for n in range(1, 31):
        line += str(totient(n)) + " "
    print(line)
    for n in range(2, 8200):
        if sum_divisors(n) == n:
            print("perfect", n)
    amic = 0
    for a in range(2, 1300):
        b = sum_divisors(a)
        if b > a and sum_divisors(b) == a:
            print("amicable", a, b)
            amic += 1
    print(amic)


if __name__ == "__main__":
    main()
