"""Parsing numbers from strings with int() and float()."""


def main() -> None:
    print(int("0"), int("-0"), int("+0"), int("  12  "), int("\t-34\n"), int("1_000_000"), int("00012"))
    print(int("9223372036854775807"), int("-9223372036854775807"), int("+9223372036854775807"))
    print(int("1_2_3"), int(" +5"), int("-5 "))
    print(float("0"), float("-0"), float("+1.5"), float("  3.25  "), float("1e10"), float("1E+10"), float("1e-10"))
    print(float("inf"), float("+inf"), float("-inf"), float("infinity"), float("-Infinity"), float("nan"), float("-NaN"))
    print(float(".5"), float("5."), float("-.5e1"), float("1_0.2_5"), float("0.1"), float("1e400"), float("-1e400"))
    print(float("2.5e-324"), float("3e-324"), float("123456789012345678901234567890"))
    print(float("0.30000000000000004"), float("0.3000000000000000166533453693773481063544750213623046875"))
    print(float("9007199254740993"), float("1.7976931348623157e308"), float("4.9e-324"))
    s = "7"
    for i in range(5):
        s = s + str(i)
        print(s, int(s) * 2, float(s) / 4, int(s) % 97)
    t = "3.14159"
    print(float(t) * 2, int(float(t)), round(float(t), 2))
    print(int(str(-17)), float(str(-17.25)), float(str(1e22)), int(str(True) == "True"))


if __name__ == "__main__":
    main()
