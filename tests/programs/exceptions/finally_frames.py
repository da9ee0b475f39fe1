"""try/except/finally across frames, loops and module level."""

def f(n: int) -> int:
    try:
        if n > 2:
            return f(n - 1) + 1
        return 10 // (n - 2)
    finally:
        if n == 4:
            print("leaving 4")


def g() -> int:
    try:
        return 1
    finally:
        print("g finally")


def h(xs: list[int]) -> int:
    total = 0
    for x in xs:
        try:
            total += 100 // x
        except ZeroDivisionError:
            print("skip zero")
            continue
        else:
            print("fine", x)
    return total


names = ["a", "b"]
try:
    print(names[5])
except IndexError as e:
    print("module level:", e)
print(g(), h([5, 0, 20]))
try:
    f(5)
except ZeroDivisionError as e:
    print("caught", e)
s = "x"
while True:
    try:
        s += s
        if len(s) > 10:
            raise KeyError(s)
    except KeyError as k:
        print("key", k, len(s))
        break
try:
    try:
        int("bad")
    except ValueError:
        raise TypeError("converted")
except TypeError as t:
    print(t)
f(5)
