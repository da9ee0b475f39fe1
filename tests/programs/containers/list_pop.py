"""pop with no index, positive and negative indices, used as a stack and queue."""


def drain(xs: list[str]) -> str:
    out = ""
    while len(xs) > 0:
        out += xs.pop()
    return out


def main() -> None:
    xs = [1, 2, 3, 4, 5, 6, 7]
    print(xs.pop(), xs)
    print(xs.pop(0), xs)
    print(xs.pop(-1), xs)
    print(xs.pop(-2), xs)
    print(xs.pop(1), xs)
    print(xs.pop(-len(xs)), xs)
    print(xs.pop(len(xs) - 1), xs)
    print(xs, len(xs))
    ws = list("héllo日本")
    print(drain(ws), ws)
    fs = [0.5, -0.0, 2.0]
    a = fs.pop(1)
    print(a, fs, fs.pop() + fs.pop(), fs)
    bs = [True, False]
    print(bs.pop(), bs.pop(), bs)
    m = [[1, 2], [3], []]
    row = m.pop(0)
    row.append(9)
    print(row, m, m.pop().copy(), m)
    stack: list[int] = []
    for i in range(10):
        stack.append(i)
        if i % 3 == 2:
            print("pop", stack.pop(), stack.pop())
    print(stack)
    queue = [10, 20, 30]
    total = 0
    steps = 0
    while len(queue) > 0:
        v = queue.pop(0)
        total += v
        steps += 1
        if v > 5:
            queue.append(v // 3)
    print(total, steps, queue)
    nested = [["a", "b"], ["c"]]
    print(nested[0].pop(), nested[-1].pop(-1), nested)


if __name__ == "__main__":
    main()
