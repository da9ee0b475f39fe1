"""Tuple keys whose element hashes collide in CPython (hash(-1) == hash(-2), hash(2**61 - 1) == hash(0)) stay distinct keys."""


def main() -> None:
    m = 2305843009213693951
    k = {(-1,): "m1", (-2,): "m2", (0,): "z", (m,): "mod", (-m,): "negmod"}
    print(k, len(k))
    print(k[(-1,)], k[(-2,)], k[(0,)], k[(m,)], k[(-m,)], (m + 1,) in k)
    s = {(-1, -1), (-2, -2), (-1, -2), (-2, -1), (0, m), (m, 0), (0, 0), (m, m)}
    print(len(s), sorted(s))
    for t in [(-1, -2), (-2, -1), (-1, -1), (0, m), (m, m), (1, 1)]:
        print(t, t in s)
    s.discard((-1, -2))
    s.discard((m, m))
    print(len(s), (-2, -1) in s, (-1, -2) in s, (0, 0) in s)
    fk = {(0.0, -1): 1, (-0.0, -2): 2, (1.0, -1): 3, (0.5, -1): 4}
    print(fk, fk[(-0.0, -1)], fk[(0.0, -2)])
    sk = {("", 0): 1, ("", -1): 2, ("a", -2): 3, ("a", -1): 4}
    print(sk[("", -1)], sk[("a", -2)], ("", -2) in sk, len(sk))


if __name__ == "__main__":
    main()
