"""Printing dicts: repr of str keys/values with quotes and escapes, floats, nested lists/dicts."""


def main() -> None:
    d = {"it's": "a \"quote\"", "tab\there": "new\nline", "back\\slash": "", "ü": "日本", "\x00": "\x7f"}
    print(d)
    print(f"{d}")
    print(str(d) == repr(d), len(str(d)))
    f = {"a": 0.1, "b": 1e22, "c": -0.0, "d": 1.0, "e": 123456789.125, "f": 1e-7, "g": float("inf")}
    print(f)
    i = {1: True, -1: False}
    print(i, f"{i!r}|{len(i)}")
    nl: dict[str, list[str]] = {"xs": ["a'b", "c"], "ys": []}
    print(nl)
    nd: dict[int, dict[str, list[float]]] = {0: {"p": [0.5, -1.0]}, 1: {}}
    print(nd)
    e: dict[str, int] = {}
    print(e, f"[{e}]", str(e))
    print({"single": 1}, {1.5: "x"}, {False: 0.0})
    lines = [f"{k!r} -> {v!r}" for k, v in d.items()]
    print("\n".join(lines))
    print(f"{len(d)} entries, first={list(d)[0]!r}")
    grid = {r: [r * c for c in range(3)] for r in range(3)}
    print(f"grid={grid}")


if __name__ == "__main__":
    main()
