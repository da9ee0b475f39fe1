"""Tuples holding lists: mutating the lists through the tuple, aliasing with the original lists, equality and repr after mutation."""


def add_to(t: tuple[list[int], list[str]], n: int) -> None:
    t[0].append(n)
    t[1].append(str(n))


def main() -> None:
    xs = [1, 2]
    ys = ["a"]
    t = (xs, ys)
    print(t)
    t[0].append(3)
    xs.append(4)
    ys[0] = "A"
    print(t, xs, ys)
    add_to(t, 7)
    add_to(t, 8)
    print(t, len(t[0]), len(xs), t[0] is xs)
    t[0][0] = 100
    t[1].extend(["z", "y"])
    t[1].sort()
    print(xs, ys, t)
    u = ([100, 2, 3, 4, 7, 8], ["7", "8", "A", "y", "z"])
    print(t == u, t != u)
    u[0].pop()
    print(t == u, t[0] > u[0], t > u)
    same = (xs, xs)
    same[0].clear()
    print(same, xs)
    stack: tuple[list[int], int] = ([], 0)
    for i in range(5):
        stack[0].append(i * i)
    print(stack, sum(stack[0]))
    rows = ([0] * 3, [1] * 3)
    rows[1][2] = 9
    print(rows)
    lt = [([1], "x"), ([2, 2], "y")]
    lt[1][0].append(2)
    print(lt, [len(a) for a, b in lt])
    d = {"k": ([0.5], 1)}
    d["k"][0].append(1.5)
    print(d)


if __name__ == "__main__":
    main()
