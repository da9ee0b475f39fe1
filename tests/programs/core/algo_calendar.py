"""Calendar arithmetic: leap years, day of week, day numbers, Easter."""


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y: int, m: int) -> int:
    if m == 2:
        return 29 if is_leap(y) else 28
    if m == 4 or m == 6 or m == 9 or m == 11:
        return 30
    return 31


def day_of_week(y: int, m: int, d: int) -> int:
    # Zeller-like (Sakamoto), 0 = Sunday
    offsets = "032503514624"
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + int(offsets[m - 1]) + d) % 7


def days_from_civil(y: int, m: int, d: int) -> int:
    if m <= 2:
        y -= 1
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    mp = (m + 9) % 12
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def easter(y: int) -> str:
    a = y % 19
    b = y // 100
    c = y % 100
    d = b // 4
    e = b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i = c // 4
    k = c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return f"{y:04d}-{month:02d}-{day:02d}"


def main() -> None:
    names = "SunMonTueWedThuFriSat"
    leap = ""
    for y in range(1896, 1912):
        if is_leap(y):
            leap += str(y) + " "
    print(leap, is_leap(2000), is_leap(2100), is_leap(2024), is_leap(-4))
    total = 0
    for m in range(1, 13):
        total += days_in_month(2024, m)
    print("days in 2024:", total)
    for y in range(1999, 2031, 4):
        dw = day_of_week(y, 1, 1)
        print(y, names[dw * 3] + names[dw * 3 + 1] + names[dw * 3 + 2], days_from_civil(y, 1, 1), easter(y))
    print(days_from_civil(1970, 1, 1), days_from_civil(2000, 3, 1), days_from_civil(-1, 12, 31), days_from_civil(9999, 12, 31))
    print(days_from_civil(2038, 1, 19) * 86400 + 3 * 3600 + 14 * 60 + 7)
    count13 = 0
    for y in range(1900, 2100):
        for m in range(1, 13):
            if day_of_week(y, m, 13) == 5:
                count13 += 1
    print("friday the 13ths:", count13)


if __name__ == "__main__":
    main()
