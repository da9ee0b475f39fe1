"""inf, nan and signed zero: arithmetic and comparisons."""


def main() -> None:
    inf = float("inf")
    ninf = float("-inf")
    nan = float("nan")
    print(inf, ninf, nan, -nan, inf + 1.0, inf - inf, inf * 0.0, inf / inf, 0.0 * ninf)
    print(inf > 1e308, ninf < -1e308, inf == inf, ninf == ninf, inf == -ninf, inf > ninf)
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= nan)
    print(1.0 / inf, -1.0 / inf, 1.0 / ninf, inf * -1.0, -inf)
    print(nan + 1.0, nan * 0.0, 0.0 * nan, nan - nan, inf + nan)
    print(inf == float("Infinity"), float("INF") == inf, float("-iNf") == ninf)
    print(float("nan") == float("nan"), str(float("NaN")), str(float("-nan")))
    z = 0.0
    nz = -0.0
    print(z == nz, z < nz, z > nz, z <= nz, nz >= z, z, nz, -z, -nz, +nz)
    print(1.0 / inf == nz, str(1.0 / ninf), nz * nz, nz * z, nz / 1.0, z / -1.0)
    print(str(nz + nz), str(nz - z), str(z - z), str(nz - nz))
    print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 1e308, 1e-308 * 1e-308, -1e-308 * 1e-308)
    print(1 < inf, -9223372036854775807 > ninf, 9223372036854775807 < inf)
    print(bool(nan), bool(inf), bool(nz), not nz, not nan)
    print(min(inf, 3.0), max(ninf, 3.0), abs(ninf), abs(nan), abs(nz))
    x = 1.0
    n = 0
    while x != inf:
        x *= 2.0
        n += 1
    print("doublings to inf:", n)
    y = 1.0
    m = 0
    while y != 0.0:
        y /= 2.0
        m += 1
    print("halvings to zero:", m)
    count = 0
    v = 1.0
    while 1.0 + v != 1.0:
        v /= 2.0
        count += 1
    print("epsilon steps:", count, v * 2.0)


if __name__ == "__main__":
    main()
